// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every numeric option of every sub-command, given empty, text, negative, zero, NaN, infinite, huge,
// very long, hexadecimal and comma-decimal values: each is refused with exit code 2 and one stderr line
// naming the option, or, where zero means something (a default, "none", "free"), accepted with output
// that holds no nonsense number (inf, nan, -0, an exponent).
#include "app/CommandLine.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runInProcess(QStringList arguments)
{
    arguments.prepend(QStringLiteral("localrig"));
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = localrig::app::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// `arguments` with `option` set to `value`: replaced when present, appended when not.
QStringList with(QStringList arguments, const QString& option, const QString& value)
{
    const qsizetype at = arguments.indexOf(option);
    if (at >= 0) {
        arguments[at + 1] = value;
    } else {
        arguments << option << value;
    }
    return arguments;
}

struct Command
{
    const char* name; // row name prefix
    const char* base; // a valid command line the option is put into
    const char* options; // its numeric options
    const char* zeroValid; // the options where 0 has a meaning
};

// 70 B dense, Q4_K_M, on a 64 GB / 307 GB/s Mac; hybrid and MLA variants reach the options only they read.
const Command kCommands[] = {
    {"estimate",
     "estimate --params 70 --bpw 4.85 --layers 80 --kv-heads 8 --head-dim 128 --context 8192 --memory-gb 64 "
     "--bandwidth 307",
     "params active-params bpw weights-gb layers kv-heads head-dim attention-heads full-attention-layers "
     "sliding-window memory-gb vram-gb bandwidth system-bandwidth tflops context sessions headroom prompt-tokens",
     "attention-heads sliding-window vram-gb system-bandwidth prompt-tokens"},
    {"estimate hybrid",
     "estimate --params 35 --active-params 3 --bpw 4.85 --layers 40 --full-attention-layers 10 --kv-heads 2 "
     "--head-dim 256 --memory-gb 48 --bandwidth 273",
     "linear-state-bytes", "linear-state-bytes"},
    {"estimate mla",
     "estimate --params 671 --active-params 37 --bpw 4.85 --layers 61 --kv-lora-rank 512 --memory-gb 512 "
     "--bandwidth 819",
     "kv-lora-rank rope-dim", "rope-dim"},
    {"recommend", "recommend --workload coding-assistant",
     "context agents budget api-usd-month usd-per-kwh hours-per-day headroom",
     "context agents api-usd-month usd-per-kwh hours-per-day"},
    {"report", "report --workload coding-assistant --pdf PDF",
     "context agents budget api-usd-month usd-per-kwh hours-per-day headroom",
     "context agents api-usd-month usd-per-kwh hours-per-day"},
    {"tco", "tco --hardware-usd 2000 --api-usd-month 150",
     "hardware-usd api-usd-month watts hours-per-day usd-per-kwh months resale-fraction",
     "hardware-usd api-usd-month watts hours-per-day usd-per-kwh resale-fraction"},
    {"bench", "bench --runs 1", "runs", ""},
    {"import-model", "import-model " LOCALRIG_TEST_DATA_DIR "/gguf/hf-dense", "context", ""},
};

// A number a person would not accept as an answer.
QString nonsenseNumber(const QString& output)
{
    static const QRegularExpression nonsense(
        QStringLiteral("\\b(?:inf|infinity|nan)\\b|(?<![\\w.])-0(?:\\.0+)?(?![\\w.])|\\d+(?:\\.\\d+)?[eE][+-]?\\d+"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = nonsense.match(output);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testNonsenseNumberDetector();
    void testEveryNumericOptionRefusesBadValues_data();
    void testEveryNumericOptionRefusesBadValues();
    void testAnErrorStaysOneLineWhateverWasTyped();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    int m_tried = 0;
    int m_handled = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Nothing here may touch the real user database; import-model would write to it on success.
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
    qputenv("LOCALRIG_CATALOG", LOCALRIG_CATALOG_FILE);
}

void TestBadInput::testNonsenseNumberDetector()
{
    QCOMPARE(nonsenseNumber(QStringLiteral("Decode 12.5 tokens/s, $1,999.00")), QString());
    QCOMPARE(nonsenseNumber(QStringLiteral("Break-even in month inf")), QStringLiteral("inf"));
    QCOMPARE(nonsenseNumber(QStringLiteral("\"usd\": nan,")), QStringLiteral("nan"));
    QCOMPARE(nonsenseNumber(QStringLiteral("Electricity: -0.00 per month")), QStringLiteral("-0.00"));
    QCOMPARE(nonsenseNumber(QStringLiteral("total 1e+308")), QStringLiteral("1e+308"));
    QCOMPARE(nonsenseNumber(QStringLiteral("model q4_k_m on rtx-5090, 2026-05-01")), QString());
}

void TestBadInput::testEveryNumericOptionRefusesBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("accepted");
    const std::pair<const char*, QString> values[] = {
        {"empty", QString()},
        {"text", QStringLiteral("abc")},
        {"negative", QStringLiteral("-1")},
        {"zero", QStringLiteral("0")},
        {"NaN", QStringLiteral("NaN")},
        {"inf", QStringLiteral("inf")},
        {"-inf", QStringLiteral("-inf")},
        {"1e308", QStringLiteral("1e308")},
        {"5000 chars", QString(5000, QLatin1Char('9'))},
        {"hex", QStringLiteral("0x10")},
        {"comma decimal", QStringLiteral("1,5")},
    };
    for (const Command& command : kCommands) {
        QStringList base = words(command.base);
        base.replaceInStrings(QStringLiteral("PDF"), m_dir.filePath(QStringLiteral("report.pdf")));
        const bool hasJson = !base.contains(QStringLiteral("--pdf")) && base.first() != u"import-model";
        const QStringList zeroValid = words(command.zeroValid);
        for (const QString& option : words(command.options)) {
            for (const auto& [label, value] : values) {
                const bool accepted = value == QLatin1String("0") && zeroValid.contains(option);
                const QString row
                    = QStringLiteral("%1 --%2 %3").arg(QLatin1String(command.name), option, QLatin1String(label));
                QTest::newRow(qPrintable(row))
                    << with(base, QStringLiteral("--") + option, value) << option << accepted;
                if (accepted && hasJson) {
                    QTest::newRow(qPrintable(row + QStringLiteral(" json")))
                        << (with(base, QStringLiteral("--") + option, value) << QStringLiteral("--json")) << option
                        << accepted;
                }
            }
        }
    }
}

void TestBadInput::testEveryNumericOptionRefusesBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(bool, accepted);
    ++m_tried;
    const Run run = runInProcess(arguments);
    if (accepted) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.isEmpty());
        QVERIFY2(nonsenseNumber(run.out).isEmpty(), qPrintable(nonsenseNumber(run.out) + QLatin1Char('\n') + run.out));
    } else {
        QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(200)));
        const QString line = run.err.trimmed();
        QVERIFY2(!line.isEmpty() && !line.contains(QLatin1Char('\n')), qPrintable(run.err));
        QVERIFY2(line.contains(QStringLiteral("--") + option), qPrintable(line));
        QVERIFY2(line.size() < 400, qPrintable(line.left(400)));
    }
    ++m_handled;
}

void TestBadInput::testAnErrorStaysOneLineWhateverWasTyped()
{
    // A line break, a tab and a vertical tab in a value, and a catalog name with a line break in it
    // (the crash input fuzz_cli_values found, tests/fuzz/corpus/cli_values/newline).
    for (const QString& value : {QStringLiteral("12\n34"), QStringLiteral("a\tb\vc")}) {
        const Run run = runInProcess(with(words(kCommands[0].base), QStringLiteral("--bandwidth"), value));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().contains(QLatin1Char('\n')), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("--bandwidth")));
    }
    const Run name = runInProcess({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("a\nb"),
                                   QStringLiteral("--platform"), QStringLiteral("mac")});
    QCOMPARE(name.exitCode, 2);
    QVERIFY2(!name.err.trimmed().contains(QLatin1Char('\n')), qPrintable(name.err));
    QVERIFY2(name.err.contains(QStringLiteral("a b")), qPrintable(name.err));
}

void TestBadInput::cleanupTestCase()
{
    qInfo("bad inputs tried: %d; handled: %d", m_tried, m_handled);
}

QTEST_MAIN(TestBadInput)
#include "tst_bad_input.moc"
