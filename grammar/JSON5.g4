/*
 * JSON5 (https://spec.json5.org, version 1.0.0), written for clawc.
 *
 * The lexer rules are what clawc runs: dev.clawc.json5.Json5Reader pulls tokens from the generated
 * JSON5Lexer and builds the AST with a hand-written recursive-descent parser, which gives precise
 * "expected X, found Y" messages, recovery after an error, and a nesting limit without recursion
 * blowing the stack. The parser rules below state the same syntax declaratively; a conformance test
 * runs them over the JSON5 test suite to keep the two in agreement.
 *
 * Lexing is total: every input becomes tokens. Text that is not JSON5 becomes one of the
 * error tokens at the end of the lexer (BAD_STRING, UNTERMINATED_COMMENT, ERROR_CHAR), which the
 * parser never accepts, so the reader can report it with its exact location.
 */
grammar JSON5;

// ---------------------------------------------------------------- parser

json5
    : value EOF
    ;

object
    : LBRACE (member (COMMA member)* COMMA?)? RBRACE
    ;

member
    : key COLON value
    ;

key
    : STRING
    | IDENTIFIER
    | TRUE
    | FALSE
    | NULL
    | INFINITY
    | NAN
    ;

array
    : LBRACK (value (COMMA value)* COMMA?)? RBRACK
    ;

value
    : object
    | array
    | STRING
    | NUMBER
    | INFINITY
    | NAN
    | TRUE
    | FALSE
    | NULL
    ;

// ---------------------------------------------------------------- lexer

LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
COLON  : ':' ;
COMMA  : ',' ;

TRUE     : 'true' ;
FALSE    : 'false' ;
NULL     : 'null' ;
INFINITY : 'Infinity' ;
NAN      : 'NaN' ;

// A sign is part of the number: JSON5Number is a lexical production, so `- 1` is not a number.
NUMBER
    : [+-]? NUMERIC_LITERAL
    | [+-] ('Infinity' | 'NaN')
    ;

STRING
    : '"' DOUBLE_CHAR* '"'
    | '\'' SINGLE_CHAR* '\''
    ;

IDENTIFIER
    : IDENTIFIER_START IDENTIFIER_PART*
    ;

// Comments are kept: the reader attaches them to the nodes they describe.
LINE_COMMENT
    : '//' ~[\n\r\u2028\u2029]* -> channel(HIDDEN)
    ;

BLOCK_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

// JSON5 white space: the ECMAScript 5.1 WhiteSpace and LineTerminator sets.
WS
    : [\t\u000B\f \u00A0\uFEFF\p{Zs}\n\r\u2028\u2029]+ -> skip
    ;

// ---- error tokens: never accepted by the parser, reported by the reader.

// A string literal that is not a valid STRING: it has an invalid escape, or it runs into a line
// break or the end of input before its closing quote. For a valid string both rules match the same
// text and STRING wins by coming first.
BAD_STRING
    : '"' (~["\\\n\r] | '\\' ('\r\n' | .))* '"'?
    | '\'' (~['\\\n\r] | '\\' ('\r\n' | .))* '\''?
    ;

// `/*` with no `*/` before the end of input.
UNTERMINATED_COMMENT
    : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF
    ;

ERROR_CHAR
    : .
    ;

// ---------------------------------------------------------------- fragments

fragment NUMERIC_LITERAL
    : HEX_INTEGER
    | DECIMAL_LITERAL
    ;

fragment HEX_INTEGER
    : '0' [xX] HEX_DIGIT+
    ;

fragment DECIMAL_LITERAL
    : DECIMAL_INTEGER '.' DECIMAL_DIGIT* EXPONENT?
    | '.' DECIMAL_DIGIT+ EXPONENT?
    | DECIMAL_INTEGER EXPONENT?
    ;

// No leading zeros: `010` is an octal literal in ES5 and JSON5 forbids it.
fragment DECIMAL_INTEGER
    : '0'
    | [1-9] DECIMAL_DIGIT*
    ;

fragment EXPONENT
    : [eE] [+-]? DECIMAL_DIGIT+
    ;

fragment DECIMAL_DIGIT : [0-9] ;
fragment HEX_DIGIT     : [0-9a-fA-F] ;

fragment DOUBLE_CHAR
    : ~["\\\n\r]
    | '\\' ESCAPE_SEQUENCE
    | LINE_CONTINUATION
    ;

fragment SINGLE_CHAR
    : ~['\\\n\r]
    | '\\' ESCAPE_SEQUENCE
    | LINE_CONTINUATION
    ;

fragment LINE_CONTINUATION
    : '\\' ('\r\n' | [\n\r\u2028\u2029])
    ;

// `\0` must not be followed by a digit; digits 1-9 cannot be escaped.
fragment ESCAPE_SEQUENCE
    : ['"\\bfnrtv]
    | '0' { !Character.isDigit(_input.LA(1)) }?
    | 'x' HEX_DIGIT HEX_DIGIT
    | UNICODE_ESCAPE_BODY
    | ~['"\\bfnrtv0-9xu\n\r\u2028\u2029]
    ;

fragment UNICODE_ESCAPE_BODY
    : 'u' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT
    ;

// ES5 IdentifierName (reserved words included: they are valid as keys).
fragment IDENTIFIER_START
    : [$_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}]
    | '\\' UNICODE_ESCAPE_BODY
    ;

fragment IDENTIFIER_PART
    : IDENTIFIER_START
    | [\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]
    ;
