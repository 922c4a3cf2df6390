package org.gongjiang.local.emulator.secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.gongjiang.local.emulator.http.JwtAuthority;

/**
 * Secrets the local stack makes up in place of AWS's: the value of each Secrets Manager secret of the
 * template (the voter hash key) and the token signing key. With a data folder they are kept in it, so
 * that after a restart the same login is still the same voter and old tokens still verify.
 */
public final class LocalSecrets {

    private static final String FILE = "local-secrets.properties";
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Properties values;
    private final Optional<Path> file;
    private final SecureRandom random = new SecureRandom();

    private LocalSecrets(Properties values, Optional<Path> file) {
        this.values = values;
        this.file = file;
    }

    public static LocalSecrets open(Optional<Path> dataDir) throws IOException {
        Properties values = new Properties();
        Optional<Path> file = dataDir.map(dir -> dir.resolve(FILE));
        if (file.isPresent() && Files.exists(file.get())) {
            try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                values.load(reader);
            }
        }
        return new LocalSecrets(values, file);
    }

    /** The value of a generated secret (like GenerateSecretString: 64 letters and digits). */
    public String secret(String logicalId) {
        return values.computeIfAbsent("secret." + logicalId, k -> generate(64)).toString();
    }

    public KeyPair signingKeys() {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            if (values.containsKey("jwt.private") && values.containsKey("jwt.public")) {
                return new KeyPair(
                        factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(values.getProperty("jwt.public")))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(values.getProperty("jwt.private")))));
            }
            KeyPair keys = JwtAuthority.newKeys();
            values.setProperty("jwt.public", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            values.setProperty("jwt.private", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            return keys;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read or make the token signing key", e);
        }
    }

    public String signingKeyId() {
        return values.computeIfAbsent("jwt.kid", k -> "local-" + generate(8)).toString();
    }

    public void save() throws IOException {
        if (file.isPresent()) {
            Files.createDirectories(file.get().getParent());
            try (Writer writer = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8)) {
                values.store(writer, "gongjiang local stack secrets: local use only");
            }
        }
    }

    private String generate(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
        }
        return new String(out);
    }
}
