package io.asyncgen.core.codegen;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Corpus;
import io.asyncgen.core.testing.GeneratedCode;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedCodeCompilesTest {

  @ParameterizedTest
  @ValueSource(strings = {"upstream/azure-openai-asyncapi.yml", "upstream/inworld-ai-asyncapi.yml",
      "upstream/openai-realtime-asyncapi.yml", "asyncapi-2.6/examples/slack-rtm.yml",
      "asyncapi-2.6/examples/oneof.yml", "asyncapi-2.6/examples/streetlights-mqtt.yml"})
  void corpusDocumentGeneratesCodeThatCompilesWithoutWarnings(String document) throws Exception {
    AsyncApi api = new AsyncApiReader(ReadOptions.defaults()).read(Corpus.file(document)).api();
    GeneratedCode.compile(new JavaGenerator(GenerationOptions.of("com.example.gen", GeneratedRole.CLIENT,
        Path.of(document).getFileName().toString())).generate(api));
  }
}
