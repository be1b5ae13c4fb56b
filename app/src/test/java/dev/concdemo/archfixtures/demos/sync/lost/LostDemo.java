package dev.concdemo.archfixtures.demos.sync.lost;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import picocli.CommandLine.Command;

/** A scenario of chapter 5 (IO) in the package of chapter 2 (sync). */
@Command(name = "lost")
@Scenario(chapter = Chapter.IO, seed = "000 fixture")
public final class LostDemo {}
