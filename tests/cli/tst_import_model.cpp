// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig import-model`: a GGUF header saved as the user's own model, then sized like its file by `estimate`.
#include "tests/cli/InProcessCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using localrig::tests::Run;
using localrig::tests::run;

QString corpus(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../fuzz/corpus/gguf/") + QLatin1String(name);
}

int userModelCount()
{
    const Run list
        = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--json")});
    int count = 0;
    for (const QJsonValue& model : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        count += model.toObject().value(QStringLiteral("user_defined")).toBool() ? 1 : 0;
    }
    return count;
}

} // namespace

class TestImportModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testImportsAGgufAndEstimatesFromItsBytes();
    void testMalformedFileSavesNothing();
    void testBadArguments_data();
    void testBadArguments();

private:
    QTemporaryDir m_dir;
};

void TestImportModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qputenv("LOCALRIG_CATALOG", QByteArray(LOCALRIG_CATALOG_FILE));
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
}

void TestImportModel::testImportsAGgufAndEstimatesFromItsBytes()
{
    const Run imported = run({QStringLiteral("import-model"), corpus("dense_llama.gguf")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.startsWith(QStringLiteral("Added Tiny Llama Dense (my_tiny_llama_dense)\n")),
             qPrintable(imported.out));
    // 10 Q4_K tensors (1,440 B) + 5 Q6_K (1,050) + 1 Q8_0 (34) + 5 F32 (20) = 2,544 B.
    QVERIFY(imported.out.contains(QStringLiteral("  Weights     2544 bytes at Q4_K_M, exactly as in the file")));
    QVERIFY(imported.out.contains(
        QStringLiteral("  Workload    \"Tiny Llama Dense (your model)\" on the Plan page, 8192 tokens of context")));
    QCOMPARE(userModelCount(), 1);

    const Run estimate
        = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("Tiny Llama Dense"),
               QStringLiteral("--platform"), QStringLiteral("mac_mini_m4_16"), QStringLiteral("--json")});
    QCOMPARE(estimate.exitCode, 0);
    const QJsonObject memory
        = QJsonDocument::fromJson(estimate.out.toUtf8()).object().value(QStringLiteral("memory")).toObject();
    QCOMPARE(memory.value(QStringLiteral("weights_bytes")).toDouble(), 2544.0);
    QVERIFY(memory.value(QStringLiteral("weights_from_file")).toBool());

    // Again, with a name and as JSON: a second model; the same name a third time replaces it.
    const Run named = run({QStringLiteral("import-model"), corpus("moe_qwen3.gguf"), QStringLiteral("--name"),
                           QStringLiteral("Qwen tiny"), QStringLiteral("--no-workload"), QStringLiteral("--json")});
    QCOMPARE(named.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(named.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("id")).toString(), QStringLiteral("my_qwen_tiny"));
    QCOMPARE(root.value(QStringLiteral("quant")).toString(), QStringLiteral("mxfp4"));
    QCOMPARE(root.value(QStringLiteral("weights_bytes")).toDouble(), 1795.0);
    QVERIFY(root.value(QStringLiteral("workload")).isNull());
    QCOMPARE(root.value(QStringLiteral("replaced")).toBool(), false);
    const Run again = run({QStringLiteral("import-model"), corpus("moe_qwen3.gguf"), QStringLiteral("--name"),
                           QStringLiteral("Qwen tiny")});
    QVERIFY(again.out.startsWith(QStringLiteral("Replaced Qwen tiny (my_qwen_tiny)")));
    QCOMPARE(userModelCount(), 2);
}

void TestImportModel::testMalformedFileSavesNothing()
{
    const int before = userModelCount();
    // The magic and a version, then a tensor count cut off mid-way: a truncated download.
    const QString path = m_dir.filePath(QStringLiteral("broken.gguf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("GGUF\x03\x00\x00\x00\x01\x00", 10));
    file.close();
    const Run broken = run({QStringLiteral("import-model"), path});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("truncated")), qPrintable(broken.err));
    QVERIFY(broken.err.contains(QStringLiteral("nothing was saved")));
    QCOMPARE(broken.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(userModelCount(), before);
}

void TestImportModel::testBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-model")} << "expected one FILE";
    QTest::newRow("two files") << QStringList{QStringLiteral("import-model"), QStringLiteral("a"), QStringLiteral("b")}
                               << "expected one FILE";
    QTest::newRow("zero context") << QStringList{QStringLiteral("import-model"), corpus("dense_llama.gguf"),
                                                 QStringLiteral("--context"), QStringLiteral("0")}
                                  << "--context";
    QTest::newRow("unknown quantization") << QStringList{QStringLiteral("import-model"), corpus("dense_llama.gguf"),
                                                         QStringLiteral("--quant"), QStringLiteral("q9")}
                                          << "no quantization named 'q9'";
}

void TestImportModel::testBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportModel)
#include "tst_import_model.moc"
