package dev.imgslim.syntax;

/** A parser directive ({@code # syntax=}, {@code # escape=}, {@code # check=}) from the top of the file. */
public record Directive(String name, String value, int line) {}
