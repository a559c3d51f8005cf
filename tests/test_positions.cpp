// Byte offsets inside, code points outside: one conversion, and carets that line up.
#include "helpers.hpp"

TEST_CASE("position_of counts code points, not bytes") {
    const std::string text = "\xE2\x88\x85 x";  // ∅ x
    CHECK(pf::position_of(text, 4).column == 3);  // PEGTL would say 5
    CHECK(pf::position_of(text, 0).column == 1);
    const std::string cjk = "`\xE5\x90\x8D\xE5\x89\x8D` = 1";  // `名前` = 1
    CHECK(pf::position_of(cjk, 8).column == 5);  // the space after the closing backtick
    const std::string lines = "a = 1\nand b = 2";
    CHECK(pf::position_of(lines, 10).line == 2);
    CHECK(pf::position_of(lines, 10).column == 5);
    CHECK(pf::position_of(lines, 999).line == 2);  // clamped
}

TEST_CASE("diagnostics carry line and column in code points") {
    const auto r = pf::parse("`\xE5\x90\x8D\xE5\x89\x8D` contians x");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].offset == 9);
    CHECK(r.diagnostics[0].column == 6);
    const auto multi = pf::parse("a = 1\nand b = 2019-02-30");
    REQUIRE(multi.diagnostics.size() == 1);
    CHECK(multi.diagnostics[0].line == 2);
    CHECK(multi.diagnostics[0].column == 9);
}

TEST_CASE("render: clang-style header, the source line, a caret under the span") {
    const std::string text = "name contians abc";
    const auto r = pf::parse(text);
    CHECK(pf::render(r.diagnostics.at(0), text, "f.txt", 3) ==
          "f.txt:3:6: error: expected an operator after field `name`, found `contians`; did you mean `Contains`? [E004]\n"
          "name contians abc\n"
          "     ^~~~~~~~\n"
          "  fix: name Contains abc\n");
}

TEST_CASE("render for a terminal: the same characters, with ANSI colours around the parts") {
    const std::string text = "name contians abc";
    const auto d = pf::parse(text).diagnostics.at(0);
    CHECK(pf::render(d, text, "f.txt", 3, pf::Style::terminal) ==
          "\x1b[1mf.txt:3:6:\x1b[0m \x1b[1;31merror:\x1b[0m \x1b[1mexpected an operator after field `name`, found `contians`; did you mean "
          "`Contains`?\x1b[0m [E004]\n"
          "name contians abc\n"
          "     \x1b[1;32m^~~~~~~~\x1b[0m\n"
          "  \x1b[36mfix:\x1b[0m name Contains abc\n");
    const auto w = pf::parse("(a = 1)").diagnostics.at(0);
    CHECK(pf::render(w, "(a = 1)", "x", 1, pf::Style::terminal).starts_with("\x1b[1mx:1:1:\x1b[0m \x1b[1;35mwarning:\x1b[0m"));
    CHECK(pf::render(d, text, "f.txt", 3, pf::Style::plain) == pf::render(d, text, "f.txt", 3));
}

TEST_CASE("render: the caret lines up under wide characters and after ∅") {
    const std::string cjk = "`\xE5\x90\x8D\xE5\x89\x8D` contians x";
    const auto r = pf::parse(cjk);
    const std::string out = pf::render(r.diagnostics.at(0), cjk, "<arg>");
    CHECK(out.find("\n       ^~~~~~~~\n") != std::string::npos);  // ` 名(2) 前(2) ` space = 7 cells

    const std::string sign = "a \xE2\x88\x85 x";
    const auto s = pf::parse(sign);
    const std::string out2 = pf::render(s.diagnostics.at(0), sign, "<arg>");
    CHECK(out2.find("\n    ^\n") != std::string::npos);
}

TEST_CASE("render: only the line of the diagnostic; control characters shown as ?") {
    const std::string text = "a = 1\nand b = 2019-02-30\nor c = 1";
    const auto r = pf::parse(text);
    const std::string out = pf::render(r.diagnostics.at(0), text, "<stdin>");
    CHECK(out.find("<stdin>:2:9: error:") == 0);
    CHECK(out.find("\nand b = 2019-02-30\n        ^~~~~~~~~~\n") != std::string::npos);
    const std::string ctl = std::string("a = 1") + '\0' + "x";
    const auto c = pf::parse(ctl);
    CHECK(pf::render(c.diagnostics.at(0), ctl, "<arg>").find("\na = 1?x\n     ^\n") != std::string::npos);
}

TEST_CASE("regression (fuzzing): a fix that removes line breaks renders the corrected line") {
    const std::string text = "x notwithin `a, b` and y !\xE2\x88\x85" + std::string(20, '\n') + " aandnd z \xE2\x88\x85";
    const auto r = pf::parse(text);
    REQUIRE(r.diagnostics.size() == 1);
    const std::string out = pf::render(r.diagnostics[0], text, "<arg>");
    CHECK(out.find("<arg>:21:2: error:") == 0);
    CHECK(out.ends_with("  fix: x notwithin `a, b` and y !\xE2\x88\x85 z \xE2\x88\x85\n"));
}

TEST_CASE("a long line is shown as a window around the caret") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "( `f" + std::to_string(i) + "` = `v` ) and ";
    text += "( `x` contians `y` )";
    const auto r = pf::parse(text);
    REQUIRE(r.diagnostics.size() == 1);
    const std::string shown = pf::render(r.diagnostics[0], text, "<arg>");
    CHECK(shown.size() < 800);
    CHECK(shown.find("\n…") != std::string::npos);
    CHECK(shown.find("( `f19999` = `v` ) and ( `x` contians `y` )\n") != std::string::npos);
    // The caret still sits under the operator: after the ellipsis, as many cells as shown before it.
    const auto lines_start = shown.find('\n') + 1;
    const std::string line = shown.substr(lines_start, shown.find('\n', lines_start) - lines_start);
    const std::string caret = shown.substr(lines_start + line.size() + 1, shown.find('\n', lines_start + line.size() + 1) - lines_start - line.size() - 1);
    CHECK(caret.find('^') + 2 == line.find("contians"));  // "…" is one cell but three bytes
    CHECK(shown.find("  fix: …") != std::string::npos);
}
