package org.gongjiang.local.template;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions that template.yaml uses in function environments to their local
 * values: {@code !Ref} of a table (its local name) or a parameter, {@code !GetAtt Table.Arn}, and
 * {@code !Sub} including Secrets Manager dynamic references to a secret of the stack.
 */
public final class Intrinsics {

    private static final Pattern SECRET = Pattern.compile("\\{\\{resolve:secretsmanager:\\$\\{([A-Za-z0-9]+)}:SecretString}}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9:]+)}");

    private final Map<String, String> references;
    private final Map<String, String> secrets;
    private final Map<String, Object> conditions;

    /**
     * @param references what {@code !Ref X} stands for locally (tables, parameters, pseudo parameters,
     *                   secrets' ARNs)
     * @param secrets    the local value of each AWS::SecretsManager::Secret, by logical id
     * @param conditions the template's Conditions section
     */
    public Intrinsics(Map<String, String> references, Map<String, String> secrets, Map<String, Object> conditions) {
        this.references = references;
        this.secrets = secrets;
        this.conditions = conditions;
    }

    public String resolve(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        Map<String, Object> call = SamTemplate.map(value);
        if (call.containsKey("Ref")) {
            return reference(String.valueOf(call.get("Ref")));
        }
        if (call.containsKey("Fn::If")) {
            List<Object> arguments = SamTemplate.list(call.get("Fn::If"));
            return resolve(condition(String.valueOf(arguments.get(0))) ? arguments.get(1) : arguments.get(2));
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
        if (call.containsKey("Fn::Sub") && call.get("Fn::Sub") instanceof List<?> form && form.size() == 2) {
            Map<String, String> local = new java.util.HashMap<>(references);
            SamTemplate.map(form.get(1)).forEach((name, variable) -> local.put(name, resolve(variable)));
            return new Intrinsics(local, secrets, conditions).substitute(String.valueOf(form.get(0)));
        }
        if (call.containsKey("Fn::Select")) {
            List<Object> arguments = SamTemplate.list(call.get("Fn::Select"));
            return split(arguments.get(1)).get(Integer.parseInt(resolve(arguments.get(0))));
        }
        throw new IllegalArgumentException("the local stack cannot resolve " + value);
    }

    private List<String> split(Object value) {
        Map<String, Object> call = SamTemplate.map(value);
        if (call.containsKey("Fn::Split")) {
            List<Object> arguments = SamTemplate.list(call.get("Fn::Split"));
            return List.of(resolve(arguments.get(1)).split(Pattern.quote(resolve(arguments.get(0))), -1));
        }
        return SamTemplate.list(value).stream().map(this::resolve).toList();
    }

    /** Whether a condition of the template holds for the local parameter values. */
    public boolean condition(String name) {
        if (!conditions.containsKey(name)) {
            throw new IllegalArgumentException("no condition " + name);
        }
        return evaluate(conditions.get(name));
    }

    private boolean evaluate(Object expression) {
        Map<String, Object> call = SamTemplate.map(expression);
        if (call.containsKey("Fn::Equals")) {
            List<Object> sides = SamTemplate.list(call.get("Fn::Equals"));
            return resolve(sides.get(0)).equals(resolve(sides.get(1)));
        }
        if (call.containsKey("Fn::Not")) {
            return !evaluate(SamTemplate.list(call.get("Fn::Not")).getFirst());
        }
        if (call.containsKey("Fn::And")) {
            return SamTemplate.list(call.get("Fn::And")).stream().allMatch(this::evaluate);
        }
        if (call.containsKey("Fn::Or")) {
            return SamTemplate.list(call.get("Fn::Or")).stream().anyMatch(this::evaluate);
        }
        if (call.containsKey("Condition")) {
            return condition(String.valueOf(call.get("Condition")));
        }
        throw new IllegalArgumentException("the local stack cannot evaluate condition " + expression);
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
