package org.gongjiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Package rules: the domain and the store interfaces know nothing of AWS; handlers do not talk to DynamoDB. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/gongjiang");

    private static List<String> violations(String packageDirectory, List<String> forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(packageDirectory), 1)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> {
                        try {
                            return Files.readAllLines(path).stream()
                                    .filter(line -> line.startsWith("import "))
                                    .filter(line -> forbidden.stream().anyMatch(line::contains))
                                    .map(line -> path.getFileName() + ": " + line);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void theDomainImportsNothingFromAwsOrJackson() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("domain")));
        assertEquals(List.of(), violations("domain", List.of("software.amazon", "com.amazonaws", "com.fasterxml")));
    }

    @Test
    void theStoreInterfacesImportNothingFromAws() throws IOException {
        assertEquals(List.of(), violations("store", List.of("software.amazon", "com.amazonaws")));
    }

    @Test
    void handlersReachDynamoDbOnlyThroughStores() throws IOException {
        assertEquals(List.of(), violations("handler", List.of("software.amazon.awssdk.services.dynamodb.model")));
    }
}
