package org.gongjiang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout's rules, checked on the compiled classes of the deployed code. Capabilities
 * ({@code campaign}, {@code nomination}, {@code attachment}, {@code review}, {@code voting}, {@code integrity}, {@code stats}) and the
 * {@code platform} they share are each cut into {@code model} (records and the rules on them),
 * {@code application} (services and the ports they need), {@code handler} (Lambda entry points and
 * their JSON) and {@code dynamodb} (the ports' adapters and the wiring of real collaborators; {@code s3}: the
 * attachments bucket's adapter, held to the same rules).
 *
 * <p>To see the rules fail, break them and run {@code ./mvnw -pl functions test -Dtest=ArchitectureTest}:
 * a field {@code org.gongjiang.voting.dynamodb.DynamoBallotStore ignored = null;} in
 * {@code voting.application.VotingService} is reported by "rules (model, application) import nothing
 * from AWS, Lambda, Jackson or an adapter" ({@code Field <...VotingService.ignored> has type
 * <...DynamoBallotStore>}); a field of type {@code org.gongjiang.review.application.ReviewService} in
 * {@code voting.handler.CastVoteHandler} by "handlers import only their own capability, the platform, and
 * the model and views of others" and, since review already depends on voting, by the cycle rule
 * ({@code Cycle detected: capability review -> capability voting}).
 */
@AnalyzeClasses(packages = "org.gongjiang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern CAPABILITY = Pattern.compile("org\\.gongjiang\\.(\\w+)(?:\\.(\\w+))?.*");

    @ArchTest
    static final ArchRule capabilitiesDependOnEachOtherWithoutCycles = slices()
            .matching("org.gongjiang.(*)..")
            .namingSlices("capability $1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rulesImportNothingFromAwsLambdaJacksonOrAnAdapter = noClasses()
            .that().resideInAnyPackage("..model..", "..application..", "..disclosure..", "org.gongjiang.platform.stream..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.fasterxml..",
                    "..handler..", "..dynamodb..", "..s3..", "org.gongjiang.platform.aws..")
            .as("rules (model, application) import nothing from AWS, Lambda, Jackson or an adapter");

    @ArchTest
    static final ArchRule modelsKnowNoServices = noClasses()
            .that().resideInAnyPackage("..model..", "..disclosure..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..")
            .as("a capability's model knows no service or port");

    @ArchTest
    static final ArchRule adaptersAreReachedOnlyFromTheirCapabilityOrOtherAdapters = classes()
            .that().resideInAnyPackage("org.gongjiang.*.dynamodb..", "org.gongjiang.*.s3..")
            .should(new ArchCondition<>("be reached only from their own capability or from another capability's adapters") {
                @Override
                public void check(JavaClass adapter, ConditionEvents events) {
                    String own = part(adapter, 1);
                    for (Dependency access : adapter.getDirectDependenciesToSelf()) {
                        JavaClass origin = access.getOriginClass().getBaseComponentType();
                        if (!isOurs(origin) || part(origin, 1).equals(own) || "dynamodb".equals(part(origin, 2))
                                || "s3".equals(part(origin, 2))) {
                            continue;
                        }
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            })
            .as("a capability's adapters are reached only from their capability or from other adapters");

    @ArchTest
    static final ArchRule handlersImportOnlyTheirCapabilityThePlatformAndTheModelAndViewsTheyShow = classes()
            .that().resideInAPackage("org.gongjiang.*.handler..")
            .should(new ArchCondition<>("depend only on their own capability, the platform, and other capabilities' "
                    + "model and JSON views (*Views)") {
                @Override
                public void check(JavaClass handler, ConditionEvents events) {
                    String own = part(handler, 1);
                    for (Dependency dependency : handler.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        if (!isOurs(target)) {
                            continue;
                        }
                        String capability = part(target, 1);
                        String layer = part(target, 2);
                        boolean allowed = capability.equals(own) || capability.equals("platform") || "model".equals(layer)
                                || "handler".equals(layer) && target.getSimpleName().endsWith("Views");
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .as("handlers import only their own capability, the platform, and the model and views of others");

    @ArchTest
    static final ArchRule handlersReachDynamoDbOnlyThroughTheirCapabilitysWiring = noClasses()
            .that().resideInAPackage("..handler..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
            .as("handlers reach DynamoDB and Secrets Manager only through their capability's wiring and stores");

    private static boolean isOurs(JavaClass type) {
        return type.getPackageName().startsWith("org.gongjiang.");
    }

    /** Part 1 of a class's package is its capability (or platform), part 2 its layer. */
    private static String part(JavaClass type, int group) {
        Matcher matcher = CAPABILITY.matcher(type.getPackageName());
        return matcher.matches() && matcher.group(group) != null ? matcher.group(group) : "";
    }
}
