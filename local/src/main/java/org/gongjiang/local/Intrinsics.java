package org.gongjiang.local;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions that template.yaml uses in function environments to their local
 * values: {@code !Ref} of a table (its local name) or a parameter, {@code !GetAtt Table.Arn}, and
 * {@code !Sub} including Secrets Manager dynamic references to a secret of the stack.
 */
final class Intrinsics {

    private static final Pattern SECRET = Pattern.compile("\\{\\{resolve:secretsmanager:\\$\\{([A-Za-z0-9]+)}:SecretString}}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9:]+)}");

    private final Map<String, String> references;
    private final Map<String, String> secrets;

    /**
     * @param references what {@code !Ref X} stands for locally (tables, parameters, pseudo parameters)
     * @param secrets    the local value of each AWS::SecretsManager::Secret, by logical id
     */
    Intrinsics(Map<String, String> references, Map<String, String> secrets) {
        this.references = references;
        this.secrets = secrets;
    }

    String resolve(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        Map<String, Object> call = SamTemplate.map(value);
        if (call.containsKey("Ref")) {
            return reference(String.valueOf(call.get("Ref")));
        }
        if (call.containsKey("Fn::GetAtt")) {
            List<Object> arguments = SamTemplate.list(call.get("Fn::GetAtt"));
            if (arguments.size() == 2 && "Arn".equals(arguments.get(1))) {
                return "arn:aws:dynamodb:ddblocal:000000000000:table/" + reference(String.valueOf(arguments.get(0)));
            }
        }
        if (call.containsKey("Fn::Sub") && call.get("Fn::Sub") instanceof String template) {
            return substitute(template);
        }
        throw new IllegalArgumentException("the local stack cannot resolve " + value);
    }

    private String substitute(String template) {
        Matcher secret = SECRET.matcher(template);
        StringBuilder withSecrets = new StringBuilder();
        while (secret.find()) {
            String value = secrets.get(secret.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no local value for secret " + secret.group(1));
            }
            secret.appendReplacement(withSecrets, Matcher.quoteReplacement(value));
        }
        secret.appendTail(withSecrets);
        Matcher variable = VARIABLE.matcher(withSecrets);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(resolved, Matcher.quoteReplacement(reference(variable.group(1))));
        }
        variable.appendTail(resolved);
        return resolved.toString();
    }

    private String reference(String name) {
        String value = references.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no local value for !Ref " + name);
        }
        return value;
    }
}
