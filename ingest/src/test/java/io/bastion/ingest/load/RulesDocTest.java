package io.bastion.ingest.load;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.validation.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RulesDocTest
{
    @Test
    void documentsEveryRuleAndEveryFileError()
            throws IOException
    {
        String doc = Files.readString(Path.of("../docs/rules.md"));

        Stream.concat(Arrays.stream(Rule.values()).map(Enum::name), Arrays.stream(FileError.values()).map(Enum::name))
                .forEach(code -> assertThat(doc).as("docs/rules.md mentions %s", code).contains("`" + code + "`"));
    }
}
