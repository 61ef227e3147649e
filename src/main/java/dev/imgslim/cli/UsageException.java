package dev.imgslim.cli;

/**
 * A usage error a command finds after its command line was read (an unknown rule name, a format that does
 * not exist): printed as picocli prints its own, {@code imgslim: MESSAGE} and where to find the help, exit
 * 2. Its own type, not picocli's {@code ParameterException}, so that a command run without picocli ({@link
 * PlainArguments}) can throw it too.
 */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
