package dev.concdemo.archfixtures.demos.nochapter;

/** In a package that is no chapter. */
public final class Lost {}
