// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"
#include "core/CalibrationFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runInProcess(QStringList arguments)
{
    arguments.prepend(QStringLiteral("localrig"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Run run;
    run.exitCode = localrig::app::runCommandLine(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    run.out = out.toUtf8();
    run.err = err.toUtf8();
    return run;
}

QString fixture(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/calibration/") + QLatin1String(name);
}

QString repoFile(const char* path)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../../") + QLatin1String(path);
}

// The constants of a calibration file: its CSV lines without the '#' provenance.
QStringList dataLines(const QByteArray& text)
{
    QStringList lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith('#') && !line.trimmed().isEmpty()) {
            lines.append(QString::fromUtf8(line));
        }
    }
    return lines;
}

void verifySummary(const QJsonObject& summary)
{
    QVERIFY(summary.value(QStringLiteral("median_ape")).isDouble());
    QVERIFY(summary.value(QStringLiteral("p90_ape")).isDouble());
}

} // namespace

class TestCalibrate final : public QObject
{
    Q_OBJECT

private slots:
    void testValidateJsonHasTheDocumentedKeys();
    void testValidateHumanTableNamesTheBaselines();
    void testCalibrateJsonHasConstantsAndResiduals();
    void testCalibrateWritesAParsableConstantsFile();
    void testShippedConstantsAreReproducible();
    void testMalformedDataNamesLineAndColumn();
    void testMissingDataIsABadArgument();
};

void TestCalibrate::testValidateJsonHasTheDocumentedKeys()
{
    const Run run = runInProcess({QStringLiteral("validate"), QStringLiteral("--data"),
                                  fixture("small-measurements.csv"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("method")).toString(), QStringLiteral("leave-one-hardware-out"));
    QCOMPARE(root.value(QStringLiteral("hardware")).toInt(), 4); // Chip A (and 2x Chip A), B, C, D
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    QVERIFY(!groups.isEmpty());
    for (const QJsonValue& value : groups) {
        const QJsonObject group = value.toObject();
        QVERIFY(group.contains(QStringLiteral("backend")));
        QVERIFY(group.contains(QStringLiteral("class")));
        QVERIFY(group.value(QStringLiteral("rows")).toInt() > 0);
        verifySummary(group.value(QStringLiteral("calibrated")).toObject());
        verifySummary(group.value(QStringLiteral("naive")).toObject());
        verifySummary(group.value(QStringLiteral("global_constant")).toObject());
        QVERIFY(group.value(QStringLiteral("calibrated")).toObject().value(QStringLiteral("coverage")).isDouble());
    }
    // The same table leaving out whole model families, and prefill/TTFT per backend under both.
    for (const QString& key : {QStringLiteral("by_hardware"), QStringLiteral("by_model_family")}) {
        const QJsonObject holdout = root.value(key).toObject();
        QVERIFY2(holdout.value(QStringLiteral("groups")).isArray(), qPrintable(key));
        QVERIFY2(holdout.value(QStringLiteral("overall")).isObject(), qPrintable(key));
        QVERIFY2(holdout.value(QStringLiteral("prefill_by_backend")).isArray(), qPrintable(key));
    }
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    for (const QString& key : {QStringLiteral("all"), QStringLiteral("dense"), QStringLiteral("moe")}) {
        QVERIFY2(overall.contains(key), qPrintable(key));
    }
    QCOMPARE(overall.value(QStringLiteral("all")).toObject().value(QStringLiteral("rows")).toInt(), 8);
    const QJsonArray worst = root.value(QStringLiteral("worst")).toArray();
    QVERIFY(!worst.isEmpty());
    QVERIFY(worst.first().toObject().contains(QStringLiteral("line")));
    QVERIFY(worst.first().toObject().contains(QStringLiteral("ape")));
    QVERIFY(root.value(QStringLiteral("prefill")).isObject());
    // Chip E has no bandwidth: its decode is skipped, with the line named.
    const QJsonArray skipped = root.value(QStringLiteral("skipped")).toArray();
    const auto decodeSkip = std::find_if(skipped.begin(), skipped.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("decode:"));
    });
    QVERIFY(decodeSkip != skipped.end());
    QCOMPARE(decodeSkip->toObject().value(QStringLiteral("line")).toInt(), 10);
}

void TestCalibrate::testValidateHumanTableNamesTheBaselines()
{
    const Run run
        = runInProcess({QStringLiteral("validate"), QStringLiteral("--data"), fixture("small-measurements.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("leave-one-hardware-out"));
    QVERIFY(run.out.contains("naive"));
    QVERIFY(run.out.contains("leave-one-model-family-out"));
    QVERIFY(run.out.contains("one constant"));
    QVERIFY(run.out.contains("coverage"));
    QVERIFY(run.out.contains("Worst rows"));
}

void TestCalibrate::testCalibrateJsonHasConstantsAndResiduals()
{
    const Run run = runInProcess({QStringLiteral("calibrate"), QStringLiteral("--data"),
                                  fixture("small-measurements.csv"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("rows")).toInt(), 9);
    QCOMPARE(root.value(QStringLiteral("decode_rows")).toInt(), 8);
    QVERIFY(root.value(QStringLiteral("fixed_ms")).isDouble());
    QCOMPARE(root.value(QStringLiteral("decode")).toArray().size(), 8); // 4 families x dense/MoE
    QCOMPARE(root.value(QStringLiteral("kernels")).toArray().size(), 7);
    QCOMPARE(root.value(QStringLiteral("prefill")).toArray().size(), 4);
    QCOMPARE(root.value(QStringLiteral("residuals")).toArray().size(), 8);
}

void TestCalibrate::testCalibrateWritesAParsableConstantsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("speed-calibration.csv"));
    const Run run = runInProcess({QStringLiteral("calibrate"), QStringLiteral("--data"),
                                  fixture("small-measurements.csv"), QStringLiteral("--write"), target,
                                  QStringLiteral("--data-date"), QStringLiteral("2026-01-02")});
    QCOMPARE(run.exitCode, 0);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("# command: localrig calibrate --data "));
    QVERIFY(text.contains("# data_date: 2026-01-02"));
    auto parsed = localrig::core::parseCalibrationCsv(text.toStdString());
    QVERIFY(parsed);
    QVERIFY(parsed.value().decode(localrig::core::Backend::Cuda, false).rows > 0);
}

void TestCalibrate::testShippedConstantsAreReproducible()
{
    // Re-running the documented command on the data in the repository gives the shipped constants.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.csv"));
    const Run run = runInProcess({QStringLiteral("calibrate"), QStringLiteral("--data"),
                                  repoFile("core/calibration/measured-public.csv"), QStringLiteral("--data"),
                                  repoFile("core/calibration/measured-public-2026-12.csv"), QStringLiteral("--data"),
                                  repoFile("core/calibration/measured-added.csv"), QStringLiteral("--write"), target});
    QCOMPARE(run.exitCode, 0);
    QFile written(target);
    QFile shipped(repoFile("core/calibration/speed-calibration.csv"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(dataLines(written.readAll()), dataLines(shipped.readAll()));
}

void TestCalibrate::testMalformedDataNamesLineAndColumn()
{
    const Run run
        = runInProcess({QStringLiteral("validate"), QStringLiteral("--data"), fixture("bad-measurements.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 3, column 3 (bandwidth_gbs)"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
}

void TestCalibrate::testMissingDataIsABadArgument()
{
    for (const QString& command : {QStringLiteral("calibrate"), QStringLiteral("validate")}) {
        const Run run = runInProcess({command, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
    }
    const Run missing = runInProcess(
        {QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("/nonexistent/measurements.csv")});
    QCOMPARE(missing.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCalibrate)
#include "tst_calibrate.moc"
