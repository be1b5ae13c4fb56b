package dev.concdemo.archfixtures.demos;

/** Directly in the scenarios' root, in no chapter. */
public final class Stray {}
