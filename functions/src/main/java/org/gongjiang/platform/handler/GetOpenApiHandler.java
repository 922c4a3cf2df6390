package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.gongjiang.platform.aws.Wiring;

/**
 * GET /v1/openapi.json: the OpenAPI 3.1 description of every route, shipped in the jar beside the
 * code it describes so that the two are deployed together (public, cacheable, CORS for any origin).
 */
public final class GetOpenApiHandler extends ApiHandler {

    static final String RESOURCE = "/openapi.json";
    /** Changes only with a deployment; a short max-age still lets a new one show within minutes. */
    static final String CACHE = "public, max-age=300";

    private final String document;

    public GetOpenApiHandler() {
        this(readDocument(), Wiring.clock());
    }

    public GetOpenApiHandler(String document, Clock clock) {
        super(clock);
        this.document = document;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        return ConditionalResponses.respond(request, document, ApiResponses.JSON, CACHE, Map.of());
    }

    /** The document as packaged; its absence is a build defect, so it stops the container from starting. */
    static String readDocument() {
        try (InputStream in = GetOpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the deployment package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
