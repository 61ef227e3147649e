package dev.imgslim.config;

/** Where a setting is written in the config file (1-based), for messages that point at it. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
