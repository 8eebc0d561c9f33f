package dev.clawc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import dev.clawc.json5.TokenBufferProbe;
import dev.clawc.json5.grammar.JSON5Lexer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON5 front end throughput, stage by stage, against Jackson's strict-JSON tree on the twin of the
 * same content. Time per file; {@link Report} turns it into MB/s with the file sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBench {

    @Param({"generated", "corpus"})
    public String input;

    private Inputs inputs;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        inputs = Inputs.load(input);
        ParseResult check = Json5Reader.read(new SourceFile(inputs.name(), inputs.json5Text()));
        if (check.hasErrors()) {
            throw new IllegalStateException(inputs.json5Path() + " does not parse: " + check.diagnostics().get(0).message());
        }
        mapper.readTree(inputs.json());
    }

    /** The generated ANTLR lexer alone: every token pulled, nothing kept. */
    @Benchmark
    public int antlrLexer() {
        JSON5Lexer lexer = new JSON5Lexer(CharStreams.fromString(inputs.json5Text()));
        lexer.removeErrorListeners();
        int n = 0;
        while (lexer.nextToken().getType() != Token.EOF) {
            n++;
        }
        return n;
    }

    /** The reader's lexing stage: ANTLR lexer into flat token arrays (offsets, comments). */
    @Benchmark
    public int tokenBuffer() {
        return TokenBufferProbe.lex(inputs.json5Text());
    }

    /** Decoded text to AST: line table, lexing, recursive descent, nodes with spans and comments. */
    @Benchmark
    public ParseResult readerToAst() {
        return Json5Reader.read(new SourceFile(inputs.name(), inputs.json5Text()));
    }

    /** File bytes to AST: UTF-8 decoding (with its checks) plus {@link #readerToAst}. What `clawc parse` does. */
    @Benchmark
    public ParseResult bytesToAst() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(inputs.name(), inputs.json5());
        return Json5Reader.read(decoded.file());
    }

    /** The ceiling: Jackson's strict-JSON parse of the twin's bytes into a JsonNode tree. */
    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(inputs.json());
    }
}
