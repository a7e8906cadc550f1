package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The typed credential setters of an endpoint builder, one per security scheme that fits a
 * WebSocket handshake: {@code apiKey} in a header, query parameter or cookie, HTTP {@code bearer}
 * and {@code basic}. Each records which headers and query parameters hold secrets, so
 * {@code toString} masks them.
 */
final class SecuritySetters {
  private static final ClassName STRING = JsonTypes.STRING;

  private SecuritySetters() {}

  static void add(TypeSpec.Builder build, ClassName builder, SecurityScheme scheme, NameScope members,
      Set<String> secretHeaders, Set<String> secretQuery, Set<String> coveredHeaders, Set<String> coveredQuery) {
    String about = "Security scheme {@code " + Javadocs.escape(scheme.key()).strip() + "}";
    String description = EndpointGenerator.describe(scheme.description());
    if (scheme instanceof SecurityScheme.HttpApiKey key) {
      // the Authorization header is a token of its own kind: name the setter after the scheme
      String fromKey = JavaNames.memberName(scheme.key());
      String method = key.name().equalsIgnoreCase("authorization")
          ? EndpointGenerator.name(members, fromKey, fromKey + "Token")
          : EndpointGenerator.name(members, "apiKey", fromKey);
      String wire = key.name().toLowerCase(Locale.ROOT);
      MethodSpec.Builder setter = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(STRING, "key");
      if (key.in().equals("query")) {
        secretQuery.add(wire);
        coveredQuery.add(wire);
        setter.addJavadoc("$L: sends {@code key} in query parameter {@code $L}.\n$L", about,
                Javadocs.escape(key.name()).strip(), description)
            .addStatement("return queryParameter($S, $T.requireNonNull(key, $S))", key.name(),
                java.util.Objects.class, "key");
      } else if (key.in().equals("cookie")) {
        secretHeaders.add("cookie");
        coveredHeaders.add("cookie");
        setter.addJavadoc("$L: sends {@code key} in cookie {@code $L}.\n$L", about, Javadocs.escape(key.name()).strip(),
                description)
            .addStatement("return header($S, $S + $T.requireNonNull(key, $S))", "Cookie", key.name() + "=",
                java.util.Objects.class, "key");
      } else {
        secretHeaders.add(wire);
        coveredHeaders.add(wire);
        setter.addJavadoc("$L: sends {@code key} in header {@code $L}.\n$L", about, Javadocs.escape(key.name()).strip(),
                description)
            .addStatement("return header($S, $T.requireNonNull(key, $S))", key.name(), java.util.Objects.class, "key");
      }
      build.addMethod(setter.build());
    } else if (scheme instanceof SecurityScheme.Http http && http.scheme().equalsIgnoreCase("bearer")) {
      coveredHeaders.add("authorization");
      build.addMethod(MethodSpec.methodBuilder(EndpointGenerator.name(members, "bearerToken", JavaNames.memberName(scheme.key())))
          .addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("$L: sends {@code Authorization: Bearer <token>}$L.\n$L", about,
              http.bearerFormat().map(f -> " (a " + Javadocs.escape(f).strip() + ")").orElse(""), description)
          .addParameter(STRING, "token")
          .addStatement("return header($S, $S + $T.requireNonNull(token, $S))", "Authorization", "Bearer ",
              java.util.Objects.class, "token").build());
    } else if (scheme instanceof SecurityScheme.Http http && http.scheme().equalsIgnoreCase("basic")) {
      coveredHeaders.add("authorization");
      build.addMethod(MethodSpec.methodBuilder(EndpointGenerator.name(members, "basic", JavaNames.memberName(scheme.key())))
          .addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("$L: sends {@code Authorization: Basic <base64(user:password)>}.\n$L", about, description)
          .addParameter(STRING, "user").addParameter(STRING, "password")
          .addStatement("$T credentials = $T.requireNonNull(user, $S) + $S + $T.requireNonNull(password, $S)", STRING,
              java.util.Objects.class, "user", ":", java.util.Objects.class, "password")
          .addStatement("return header($S, $S + $T.getEncoder().encodeToString(credentials.getBytes($T.UTF_8)))",
              "Authorization", "Basic ", java.util.Base64.class, java.nio.charset.StandardCharsets.class)
          .build());
      build.addMethod(MethodSpec.methodBuilder(EndpointGenerator.name(members, "basicCredentials",
              JavaNames.memberName(scheme.key()) + "Credentials"))
          .addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("$L: sends {@code Authorization: Basic <credentials>}, with {@code credentials} already"
              + " encoded as the service hands them out.\n", about)
          .addParameter(STRING, "credentials")
          .addStatement("return header($S, $S + $T.requireNonNull(credentials, $S))", "Authorization", "Basic ",
              java.util.Objects.class, "credentials").build());
    }
    // other kinds (oauth2, openIdConnect, user/password keys) have no place in a WebSocket handshake
  }
}
