package org.gongjiang.local.emulator.dynamodb;

import java.nio.file.Path;
import java.util.Optional;

/**
 * DynamoDB Local as a process of its own ({@link DynamoDbLocal#startProcess}): {@code bindAddress port [dataDir]}.
 * Says {@value #READY} on standard output once it serves, and stops when its standard input closes, so
 * it never outlives the JVM that started it.
 */
public final class DynamoDbLocalProcess {

    static final String READY = "dynamodb-local ready";

    private DynamoDbLocalProcess() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> dataDir = args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty();
        try (DynamoDbLocal dynamo = DynamoDbLocal.start(args[0], Integer.parseInt(args[1]), dataDir)) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() != -1) {
                // nothing is sent; end of input is the signal to stop
            }
        }
        System.exit(0);
    }
}
