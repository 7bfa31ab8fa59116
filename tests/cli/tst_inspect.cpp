// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run inspect(const QStringList& arguments)
{
    QStringList all{QStringLiteral("localrig"), QStringLiteral("inspect")};
    all += arguments;
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = localrig::app::runCommandLine(all, out, err);
    out.flush();
    err.flush();
    return run;
}

// A GGUF seed written by the test writer (tests/core/tst_gguf_writer.cpp, checked by tst_gguf_reader):
// the MoE fixture with every tensor shrunk to one block.
QString moeSeed()
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../fuzz/corpus/gguf/moe_qwen3.gguf");
}

} // namespace

class TestInspect final : public QObject
{
    Q_OBJECT

private slots:
    void testGgufJson();
    void testGgufHumanOutput();
    void testHuggingFaceFolderJson();
    void testBadArgumentsExitTwoWithOneLine_data();
    void testBadArgumentsExitTwoWithOneLine();
    void testUnreadableFilesExitOneWithOneLine_data();
    void testUnreadableFilesExitOneWithOneLine();
};

void TestInspect::testGgufJson()
{
    const Run run = inspect({moeSeed(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // One block per tensor: token_embd Q8_0 34 B; per layer F32 4 + Q5_K 176 + IQ4_XS 136 + Q8_0 34 + Q5_K 176
    // + F32 4 + F32 4 + 3 x MXFP4 17 = 585 B, three layers 1,755; output_norm F32 4; output F16 2: 1,795 B.
    QCOMPARE(root.value(QStringLiteral("weights_bytes")).toDouble(), 1795.0);
    // Elements: 32 + 3 x (1 + 256 + 256 + 32 + 256 + 1 + 1 + 3 x 32) + 1 + 1 = 2,731.
    QCOMPARE(root.value(QStringLiteral("parameters")).toDouble(), 2731.0);
    // Expert tensors 9 x 32 elements, 6 of 8 experts idle: 288 / 8 x 6 = 216.
    QCOMPARE(root.value(QStringLiteral("active_parameters")).toDouble(), 2731.0 - 216.0);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("GGUF v2"));
    QCOMPARE(root.value(QStringLiteral("architecture")).toString(), QStringLiteral("qwen3moe"));
    QCOMPARE(root.value(QStringLiteral("layers")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("attention_heads")).toInt(), 4);
    QCOMPARE(root.value(QStringLiteral("kv_heads_min")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("kv_heads_max")).toInt(), 2);
    QCOMPARE(root.value(QStringLiteral("key_length")).toInt(), 128);
    QCOMPARE(root.value(QStringLiteral("experts")).toInt(), 8);
    QCOMPARE(root.value(QStringLiteral("experts_used")).toInt(), 2);
    QCOMPARE(root.value(QStringLiteral("context_length")).toInt(), 32768);
    QCOMPARE(root.value(QStringLiteral("sliding_window")).toInt(), 0);
    QCOMPARE(root.value(QStringLiteral("file_type")).toString(), QStringLiteral("MXFP4_MOE"));
    QCOMPARE(root.value(QStringLiteral("attention")).toString(), QStringLiteral("gqa"));
    const QJsonArray mix = root.value(QStringLiteral("quantization_mix")).toArray();
    QCOMPARE(mix.size(), 6);
    // Largest share first: Q5_K 6 x 176 = 1,056 B.
    QCOMPARE(mix.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Q5_K"));
    QCOMPARE(mix.at(0).toObject().value(QStringLiteral("bytes")).toDouble(), 1056.0);
    QCOMPARE(root.value(QStringLiteral("kv_groups")).toArray().size(), 2);
}

void TestInspect::testGgufHumanOutput()
{
    const Run run = inspect({moeSeed()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Architecture  qwen3moe")));
    QVERIFY(run.out.contains(QStringLiteral("Heads         4 query, KV 1 to 2 per layer")));
    QVERIFY(run.out.contains(QStringLiteral("Experts       8, 2 per token")));
    QVERIFY(run.out.contains(QStringLiteral("Context       %1 tokens").arg(QLocale().toString(32768))));
    QVERIFY(run.out.contains(QStringLiteral("Weights       %1 bytes").arg(QLocale().toString(1795))));
    QVERIFY(run.out.contains(QStringLiteral("Quantization mix")));
    QVERIFY(run.out.contains(QStringLiteral("MXFP4")));
}

void TestInspect::testHuggingFaceFolderJson()
{
    const Run run = inspect({QStringLiteral(LOCALRIG_TEST_DATA_DIR "/gguf/hf-dense"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("parameters")).toDouble(), 8030261248.0);
    QCOMPARE(root.value(QStringLiteral("weights_bytes")).toDouble(), 16060522496.0);
    QCOMPARE(root.value(QStringLiteral("parameters_estimated")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("kv_heads_max")).toInt(), 8);
    QCOMPARE(root.value(QStringLiteral("key_length")).toInt(), 128);

    const Run moe
        = inspect({QStringLiteral(LOCALRIG_TEST_DATA_DIR "/gguf/hf-moe/config.json"), QStringLiteral("--json")});
    QCOMPARE(moe.exitCode, 0);
    const QJsonObject moeRoot = QJsonDocument::fromJson(moe.out.toUtf8()).object();
    QVERIFY(moeRoot.value(QStringLiteral("weights_bytes")).isNull()); // no index: bytes unknown
    QCOMPARE(moeRoot.value(QStringLiteral("parameters_estimated")).toBool(), true);
}

void TestInspect::testBadArgumentsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("a model file is required");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.gguf"), QStringLiteral("b.gguf")}
                               << QStringLiteral("expected one file, got 2");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), moeSeed()}
                                    << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("empty file name") << QStringList{QString()} << QStringLiteral("a model file is required");
}

void TestInspect::testBadArgumentsExitTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = inspect(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("localrig inspect: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestInspect::testUnreadableFilesExitOneWithOneLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << QString() << QStringLiteral("cannot open");
    QTest::newRow("not a GGUF") << QByteArray("PK\x03\x04 a zip") << QStringLiteral("model.gguf")
                                << QStringLiteral("bad magic 'PK");
    QTest::newRow("truncated GGUF") << QByteArray("GGUF\x03\0\0\0\x01", 9) << QStringLiteral("model.gguf")
                                    << QStringLiteral("truncated");
    QTest::newRow("broken config.json") << QByteArray("{\"num_hidden_layers\": }") << QStringLiteral("config.json")
                                        << QStringLiteral("JSON line 1, column 23");
}

void TestInspect::testUnreadableFilesExitOneWithOneLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("absent.gguf"));
    if (!fileName.isEmpty()) {
        path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run run = inspect({path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("localrig inspect: ") + path), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
