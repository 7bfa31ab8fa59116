// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include <QTest>

#include <string>
#include <vector>

using namespace localrig;
using namespace localrig::core;

Q_DECLARE_METATYPE(std::string)

namespace {

bool mentions(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

// The project's one CSV reader (and its writer), used by the calibration data in core and by the catalog
// sources and user-data import in db.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void testReadsQuotesEscapesAndCrlf();
    void testLineEnds_data();
    void testLineEnds();
    void testSkipsByteOrderMarkAndBlankLines();
    void testCommentLinesOnlyWhenAsked();
    void testColumnByName();
    void testRaggedRowsWhenTheCallerChecks();
    void testRejectsMalformedCsv_data();
    void testRejectsMalformedCsv();
    void testNumbers_data();
    void testNumbers();
    void testWriterRoundTrips();
};

void TestCsvReader::testReadsQuotesEscapesAndCrlf()
{
    auto table = parseCsv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\"two\nlines\",2,3\n");
    QVERIFY(table);
    QCOMPARE(table.value().header, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(table.value().records.size(), std::size_t{2});
    QCOMPARE(table.value().records[0].fields[0], std::string("x, y"));
    QCOMPARE(table.value().records[0].fields[1], std::string("say \"hi\""));
    QCOMPARE(table.value().records[0].fields[2], std::string());
    QCOMPARE(table.value().records[0].line, 2);
    QCOMPARE(table.value().records[1].fields[0], std::string("two\nlines"));
    QCOMPARE(table.value().records[1].line, 3);
}

void TestCsvReader::testLineEnds_data()
{
    QTest::addColumn<std::string>("text");
    QTest::newRow("LF") << std::string("a,b\n1,2\n3,4\n");
    QTest::newRow("CRLF") << std::string("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("CR (old Mac exports)") << std::string("a,b\r1,2\r3,4\r");
    QTest::newRow("no final line end") << std::string("a,b\n1,2\n3,4");
}

void TestCsvReader::testLineEnds()
{
    QFETCH(std::string, text);
    auto table = parseCsv(text);
    QVERIFY2(table, table ? "" : table.error().detail.c_str());
    QCOMPARE(table.value().records.size(), std::size_t{2});
    QCOMPARE(table.value().records[1].fields, (std::vector<std::string>{"3", "4"}));
    QCOMPARE(table.value().records[1].line, 3);
}

void TestCsvReader::testSkipsByteOrderMarkAndBlankLines()
{
    auto table = parseCsv("\xEF\xBB\xBFid,name\n\n1,one\n  \t\r\n2,two\n\n");
    QVERIFY(table);
    QCOMPARE(table.value().header[0], std::string("id")); // no BOM bytes in the first column's name
    QCOMPARE(table.value().records.size(), std::size_t{2});
    QCOMPARE(table.value().records[0].line, 3);
    QCOMPARE(table.value().records[1].line, 5);
}

void TestCsvReader::testCommentLinesOnlyWhenAsked()
{
    const std::string text = "# source: a\r\n#second\nid,value\n# after the header\n1,2\n";
    auto table = parseCsv(text, CsvOptions{true});
    QVERIFY(table);
    QCOMPARE(table.value().comments, (std::vector<std::string>{" source: a", "second"}));
    QCOMPARE(table.value().records.size(), std::size_t{1});
    QCOMPARE(table.value().records[0].line, 5);
    auto plain = parseCsv(text);
    QVERIFY(!plain); // '#' lines are records then, with the wrong field count
}

void TestCsvReader::testColumnByName()
{
    auto table = parseCsv("a,b,c\n");
    QVERIFY(table);
    QCOMPARE(table.value().column("c").value_or(99), std::size_t{2});
    QVERIFY(!table.value().column("d"));
    QVERIFY(table.value().records.empty());
}

void TestCsvReader::testRaggedRowsWhenTheCallerChecks()
{
    auto table = parseCsv("a,b,c\n1,2\n1,2,3,4\n", CsvOptions{false, false});
    QVERIFY(table);
    QCOMPARE(table.value().records[0].fields.size(), std::size_t{2});
    QCOMPARE(table.value().records[1].fields.size(), std::size_t{4});
}

void TestCsvReader::testRejectsMalformedCsv_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::string>("where");
    QTest::newRow("too few fields: line 3, column 3 (c)")
        << std::string("a,b,c\n1,2,3\n4,5\n") << std::string("line 3, column 3 (c): 2 fields where the header has 3");
    QTest::newRow("too many fields: line 2, column 4")
        << std::string("a,b,c\n1,2,3,4\n") << std::string("line 2, column 4: 4 fields");
    QTest::newRow("never closed quote: line 2, column 2")
        << std::string("a,b\n1,\"open\n\nmore\n") << std::string("line 2, column 2: a quoted field is never closed");
    QTest::newRow("text after a quote: line 2, column 1")
        << std::string("a,b\n\"x\"y,2\n") << std::string("line 2, column 1: text after a closing quote");
    QTest::newRow("space after a closing quote")
        << std::string("a,b\n\"x\" ,2\n") << std::string("line 2, column 1: text after a closing quote");
    QTest::newRow("quote inside a field: line 2, column 2")
        << std::string("a,b\n1,ab\"c\n") << std::string("line 2, column 2: a quote inside an unquoted field");
    QTest::newRow("line counted through a quoted line break")
        << std::string("a,b\n\"1\n2\",3\n4,x\"\n") << std::string("line 4, column 2");
    QTest::newRow("empty file") << std::string("") << std::string("line 1: the file has no header line");
    QTest::newRow("only blank lines") << std::string("\n \r\n") << std::string("no header line");
}

void TestCsvReader::testRejectsMalformedCsv()
{
    QFETCH(std::string, text);
    QFETCH(std::string, where);
    auto table = parseCsv(text, CsvOptions{true});
    QVERIFY(!table);
    QCOMPARE(table.error().code, ErrorCode::InvalidInput);
    QVERIFY2(mentions(table.error().detail, where), table.error().detail.c_str());
}

void TestCsvReader::testNumbers_data()
{
    QTest::addColumn<std::string>("field");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << std::string("936") << true << 936.0;
    QTest::newRow("fraction and exponent") << std::string("-1.5e3") << true << -1500.0;
    QTest::newRow("empty") << std::string() << false << 0.0;
    QTest::newRow("trailing text") << std::string("12 GB") << false << 0.0;
    QTest::newRow("leading space") << std::string(" 12") << false << 0.0;
    QTest::newRow("infinity") << std::string("inf") << false << 0.0;
    QTest::newRow("beyond double") << std::string("1e999") << false << 0.0;
}

void TestCsvReader::testNumbers()
{
    QFETCH(std::string, field);
    QFETCH(bool, valid);
    QFETCH(double, value);
    auto number = parseCsvNumber(field, 7, 1, "bandwidth_gbs");
    QCOMPARE(static_cast<bool>(number), valid);
    if (valid) {
        QCOMPARE(number.value(), value);
    } else {
        QCOMPARE(number.error().detail, "line 7, column 2 (bandwidth_gbs): '" + field + "' is not a number");
    }
}

void TestCsvReader::testWriterRoundTrips()
{
    QCOMPARE(csvField("plain"), std::string("plain"));
    QCOMPARE(csvField("a, b"), std::string("\"a, b\""));
    QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(csvLine({"id", "", "x\r\ny"}), std::string("id,,\"x\r\ny\"\n"));
    QCOMPARE(csvLine({""}), std::string("\"\"\n")); // not a blank line
    QCOMPARE(csvLine({" \t"}), std::string("\" \t\"\n"));
    QCOMPARE(csvLine({"#1", "x"}), std::string("\"#1\",x\n")); // not a comment
    QCOMPARE(csvLine({"\xEF\xBB\xBFid"}), std::string("\"\xEF\xBB\xBFid\"\n")); // not a byte-order mark
    const std::vector<std::vector<std::string>> rows{{"\xEF\xBB\xBF"
                                                      "a",
                                                      "b", "c", "d"},
                                                     {"A \"quoted\", name", "line one\nline two", "", "caf\xc3\xa9"},
                                                     {"#not a comment", "x\ry", "", ""},
                                                     {""}};
    std::string text;
    for (const auto& row : rows) {
        text += csvLine(row);
    }
    auto table = parseCsv(text, CsvOptions{true, false});
    QVERIFY2(table, table ? "" : table.error().detail.c_str());
    QCOMPARE(table.value().header, rows[0]);
    QCOMPARE(table.value().records.size(), std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(table.value().records[i].fields, rows[i + 1]);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
