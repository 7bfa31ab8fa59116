// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig detect` on the fake /proc and /sys trees of tests/data/host.
#include "tests/cli/InProcessCli.h"

#include <QDateTime>
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

QString tree(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/host/") + QLatin1String(name);
}

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray()) {
        list.append(value.toString());
    }
    return list;
}

} // namespace

class TestDetect final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testJsonDescribesAStrixHalo();
    void testHumanOutputSaysWhatIsMissing();
    void testBadArguments();
    void testMeasureAddsBandwidthAndDate();
    void testMeasureRejectsBadSizes();
    void testGradesEveryWorkload();

private:
    QTemporaryDir m_dir;
};

void TestDetect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qputenv("LOCALRIG_CATALOG", QByteArray(LOCALRIG_CATALOG_FILE));
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
}

void TestDetect::testJsonDescribesAStrixHalo()
{
    const Run result
        = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-strix-halo"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("os")).toString(), QStringLiteral("Linux"));
    QCOMPARE(root.value(QStringLiteral("memory_bytes")).toDouble(), 32214332.0 * 1024); // MemTotal in bytes
    QCOMPARE(root.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("model")).toString(),
             QStringLiteral("AMD RYZEN AI MAX+ 395"));
    const QJsonArray gpus = root.value(QStringLiteral("gpus")).toArray();
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus.at(0).toObject().value(QStringLiteral("pci_id")).toString(), QStringLiteral("1002:1586"));
    QCOMPARE(gpus.at(0).toObject().value(QStringLiteral("vram_bytes")).toDouble(), 103079215104.0);
    const QJsonObject proposal = root.value(QStringLiteral("proposal")).toObject();
    QCOMPARE(proposal.value(QStringLiteral("id")).toString(), QStringLiteral("this_computer"));
    QCOMPARE(proposal.value(QStringLiteral("name")).toString(),
             QStringLiteral("This computer (AMD RYZEN AI MAX+ 395)"));
    QCOMPARE(proposal.value(QStringLiteral("memory_kind")).toString(), QStringLiteral("unified"));
    QCOMPARE(proposal.value(QStringLiteral("backend")).toString(), QStringLiteral("vulkan"));
    QCOMPARE(proposal.value(QStringLiteral("memory_gb")).toDouble(), 128.0); // 30.72 + 96 GiB -> 128
    QCOMPARE(proposal.value(QStringLiteral("gpu_limit_gb")).toDouble(), 96.0);
    QCOMPARE(proposal.value(QStringLiteral("bandwidth_gbs")).toDouble(), 256.0);
    QVERIFY(proposal.value(QStringLiteral("load_watts")).isNull()); // nobody published it
    QCOMPARE(root.value(QStringLiteral("catalog_match")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("strix_halo_128"));
    // The catalog row now carries a sourced FP16 figure too (issue 15), so both come from the catalog.
    QCOMPARE(strings(root.value(QStringLiteral("from_catalog"))),
             (QStringList{QStringLiteral("bandwidth_gbs"), QStringLiteral("fp16_tflops")}));
    QCOMPARE(strings(root.value(QStringLiteral("needs_user"))), QStringList{QStringLiteral("load_watts")});
    QVERIFY(strings(root.value(QStringLiteral("detected"))).contains(QStringLiteral("memory_gb")));
}

void TestDetect::testHumanOutputSaysWhatIsMissing()
{
    const Run result = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-cpu-only")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("  CPU        AMD EPYC (2 cores, 2 threads)")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("  Memory     23.5 GiB reported"))); // 24,684,084 kB
    QVERIFY(result.out.contains(QStringLiteral("As a machine: This computer (AMD EPYC)")));
    QVERIFY(result.out.contains(QStringLiteral("  Memory     24 GB system RAM, CPU only")));
    QVERIFY(result.out.contains(QStringLiteral("  Bandwidth  unknown: no catalog machine has this chip")));
    QVERIFY(
        result.out.contains(QStringLiteral("You need to enter: form factor, memory bandwidth (GB/s), load power (W)")));
}

void TestDetect::testBadArguments()
{
    const Run extra = run({QStringLiteral("detect"), QStringLiteral("now")});
    QCOMPARE(extra.exitCode, 2);
    QVERIFY(extra.err.contains(QStringLiteral("unexpected argument 'now'")));
    const Run missing = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("no-such-tree")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("proc/meminfo")), qPrintable(missing.err));
    QCOMPARE(missing.err.count(QLatin1Char('\n')), 1); // one line
}

void TestDetect::testMeasureAddsBandwidthAndDate()
{
    // 1 MiB instead of 1 GiB: the figure is a cache speed, but the plumbing is the same.
    const QStringList measure{QStringLiteral("detect"),    QStringLiteral("--root"),        tree("linux-cpu-only"),
                              QStringLiteral("--measure"), QStringLiteral("--measure-mib"), QStringLiteral("1")};
    const Run json = run(measure + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(root.value(QStringLiteral("measured_bandwidth_gbs")).toDouble() > 0.0);
    QVERIFY(root.value(QStringLiteral("measured_bandwidth_median_gbs")).toDouble()
            <= root.value(QStringLiteral("measured_bandwidth_gbs")).toDouble());
    const QDateTime at = QDateTime::fromString(root.value(QStringLiteral("measured_at")).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const Run human = run(measure);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QStringLiteral("  Measured   ")), qPrintable(human.out));
    QVERIFY(human.out.contains(QStringLiteral(" GB/s memory read (best of ")));
    // Without --measure the keys are there and null, so the JSON keeps one shape.
    const Run plain
        = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-cpu-only"), QStringLiteral("--json")});
    const QJsonObject unmeasured = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    QVERIFY(unmeasured.contains(QStringLiteral("measured_bandwidth_gbs")));
    QVERIFY(unmeasured.value(QStringLiteral("measured_bandwidth_gbs")).isNull());
    QVERIFY(unmeasured.value(QStringLiteral("measured_at")).isNull());
}

void TestDetect::testMeasureRejectsBadSizes()
{
    for (const char* size : {"0", "lots", "70000"}) {
        const Run result = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-cpu-only"),
                                QStringLiteral("--measure"), QStringLiteral("--measure-mib"), QLatin1String(size)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--measure-mib must be a whole number from 1 to 65536")),
                 qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }
}

void TestDetect::testGradesEveryWorkload()
{
    // A Strix Halo 128 GB takes the catalog's 256 GB/s for its chip: graded without --measure.
    const Run json = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-strix-halo"),
                          QStringLiteral("--grades"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray grades
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("grades")).toArray();
    QCOMPARE(grades.size(), 15); // db/catalog/use_cases.csv: the guide's 13, video beside an LLM, Kimi K2.6
    const QStringList spellings{QStringLiteral("great"), QStringLiteral("good"), QStringLiteral("slow"),
                                QStringLiteral("too_large")};
    for (const QJsonValue& value : grades) {
        const QJsonObject grade = value.toObject();
        const QString word = grade.value(QStringLiteral("grade")).toString();
        QVERIFY2(spellings.contains(word), qPrintable(word));
        QVERIFY(grade.value(QStringLiteral("footprint_bytes")).toDouble() > 0.0);
        const QJsonValue upgrade = grade.value(QStringLiteral("upgrade"));
        if (word == QLatin1String("great") || word == QLatin1String("good")) {
            QVERIFY(upgrade.isNull()); // nothing to lift
        } else if (upgrade.isObject()) {
            QVERIFY(upgrade.toObject().value(QStringLiteral("system_usd")).toDouble() > 0.0);
        }
    }
    // A CPU-only machine's bandwidth is known to nobody until it is measured.
    const Run unknown
        = run({QStringLiteral("detect"), QStringLiteral("--root"), tree("linux-cpu-only"), QStringLiteral("--grades")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("--grades needs this computer's memory bandwidth: add --measure")),
             qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestDetect)
#include "tst_detect.moc"
