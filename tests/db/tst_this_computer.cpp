// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "This computer": a probed host turned into a platform, with bandwidth only from a catalog machine of the
// same chip. Hosts come from the fake /proc and /sys trees in tests/data/host.
#include "core/host/HostParsers.h"
#include "core/host/HostProbe.h"
#include "db/Catalog.h"
#include "db/CatalogLoader.h"
#include "db/HostDetection.h"
#include "db/ThisComputer.h"

#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace localrig;
using namespace localrig::db;
using core::host::HostInfo;

Q_DECLARE_METATYPE(std::vector<localrig::db::MachineField>)

namespace {

const QString kHostData = QStringLiteral(LOCALRIG_TEST_DATA_DIR "/host/");

std::string readFile(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

HostInfo probe(const char* tree)
{
    HostDetectionOptions options;
    options.root = kHostData + QLatin1String(tree);
    options.runTools = false; // nvidia-smi would describe the build machine, not the tree
    auto host = detectHost(options);
    return host ? host.value() : HostInfo{};
}

HostInfo mac(const char* sysctl)
{
    return core::host::hostFromSysctl(core::host::parseSysctl(sysctl).value());
}

bool has(const std::vector<MachineField>& fields, MachineField field)
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

} // namespace

class TestThisComputer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testChipKey_data();
    void testChipKey();
    void testNvidiaDesktopTakesTheCardsFigures();
    void testStrixHaloCountsTheCarveOut();
    void testCpuOnlyMachineLeavesBandwidthToTheUser();
    void testMeasuredBandwidthIsDetectedAndDated();
    void testMacMatchesTheChipAndClosestMemory_data();
    void testMacMatchesTheChipAndClosestMemory();
    void testDgxSparkIsUnified();
    void testDetectHostReadsTheGivenTree();

private:
    std::vector<core::Platform> m_platforms; // the shipped catalog's machines
};

void TestThisComputer::initTestCase()
{
    auto data = readShippedCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE));
    QVERIFY(data);
    m_platforms = Catalog(data.value()).corePlatforms();
    QVERIFY(m_platforms.size() > 20);
}

void TestThisComputer::testChipKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("nvidia-smi") << "NVIDIA GeForce RTX 4090"
                                << "rtx4090";
    QTest::newRow("catalog card") << "GeForce RTX 4090 (desktop card)"
                                  << "rtx4090";
    QTest::newRow("Ti is another chip") << "GeForce RTX 4060 Ti 16GB (desktop card)"
                                        << "rtx4060ti";
    QTest::newRow("laptop GPU") << "NVIDIA GeForce RTX 4070 Laptop GPU"
                                << "rtx4070laptop";
    QTest::newRow("catalog laptop") << "GeForce RTX 4070 Laptop GPU (gaming laptop, 8GB VRAM)"
                                    << "rtx4070laptop";
    QTest::newRow("GB10") << "NVIDIA GB10"
                          << "gb10";
    QTest::newRow("DGX Spark") << "NVIDIA DGX Spark (Founders Edition) 128GB"
                               << "gb10";
    QTest::newRow("sysctl brand") << "Apple M4 Pro"
                                  << "m4pro";
    QTest::newRow("catalog Mac") << "Mac mini (M4 Pro, 2024) 64GB"
                                 << "m4pro";
    QTest::newRow("base M4") << "MacBook Air 13-inch (M4, 2025) 16GB"
                             << "m4";
    QTest::newRow("Ultra") << "Mac Studio (M3 Ultra 32-core CPU / 80-core GPU, 2025) 512GB"
                           << "m3ultra";
    QTest::newRow("Strix Halo CPU") << "AMD RYZEN AI MAX+ 395"
                                    << "ryzenaimax395";
    QTest::newRow("Strix Halo catalog") << "AMD Ryzen AI Max+ 395 'Strix Halo' 128GB (e.g. Framework Desktop)"
                                        << "ryzenaimax395";
    QTest::newRow("Radeon card") << "Radeon RX 7900 XTX"
                                 << "rx7900xtx";
    QTest::newRow("no chip") << "AMD EPYC"
                             << "";
    QTest::newRow("RTX Spark is not a GB10") << "NVIDIA RTX Spark (N1X) laptop, 128GB (announced)"
                                             << "";
}

void TestThisComputer::testChipKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(chipKey(name), key);
}

void TestThisComputer::testNvidiaDesktopTakesTheCardsFigures()
{
    HostInfo host = probe("linux-nvidia");
    core::host::mergeNvidiaSmi(
        host, core::host::parseNvidiaSmi(readFile(kHostData + QLatin1String("linux-nvidia/nvidia-smi.csv"))).value());
    const ThisComputer machine = describeThisComputer(host, m_platforms);
    const core::Platform& p = machine.platform;
    QCOMPARE(p.id, std::string("this_computer"));
    QCOMPARE(p.name, std::string("This computer (NVIDIA GeForce RTX 4090)"));
    QVERIFY(machine.match);
    QCOMPARE(machine.match->id, std::string("rtx_4090"));
    QCOMPARE(p.memoryKind, core::MemoryKind::Discrete);
    QCOMPARE(p.backend, core::Backend::Cuda);
    QCOMPARE(p.vramGiB, 24.0); // 24564 MiB = 23.99 GiB, sold as 24 GB
    QCOMPARE(p.memoryGiB, 64.0); // MemTotal 65,598,512 kB = 62.56 GiB, sold as 64 GB
    QCOMPARE(p.bandwidthGBs, 1008.0); // the catalog's RTX 4090
    QCOMPARE(p.fp16Tflops, std::optional<double>(330.3));
    QCOMPARE(p.loadWatts, 450.0);
    QCOMPARE(p.vendor, std::string("NVIDIA")); // the board's sys_vendor is a placeholder
    QCOMPARE(p.formFactor, std::string("desktop"));
    QVERIFY(!p.portable);
    QVERIFY(has(machine.detected, MachineField::Vram));
    QVERIFY(has(machine.fromCatalog, MachineField::Bandwidth));
    QVERIFY(machine.needed.empty());
}

void TestThisComputer::testStrixHaloCountsTheCarveOut()
{
    const ThisComputer machine = describeThisComputer(probe("linux-strix-halo"), m_platforms);
    const core::Platform& p = machine.platform;
    // No pci.ids: the GPU has no name, so the CPU names the machine and its chip key finds the catalog row.
    QVERIFY(machine.match);
    QCOMPARE(machine.match->id, std::string("strix_halo_128"));
    QCOMPARE(p.name, std::string("This computer (AMD RYZEN AI MAX+ 395)"));
    QCOMPARE(p.memoryKind, core::MemoryKind::Unified);
    QCOMPARE(p.backend, core::Backend::Vulkan);
    // MemTotal 30.72 GiB + the 96 GiB carve-out = 126.72 GiB, sold as 128 GB; the GPU may use the 96.
    QCOMPARE(p.memoryGiB, 128.0);
    QCOMPARE(p.gpuLimitGiB, std::optional<double>(96.0));
    QCOMPARE(p.bandwidthGBs, 256.0);
    QCOMPARE(p.vendor, std::string("Framework"));
    QCOMPARE(p.formFactor, std::string("mini"));
    // The catalog's Strix Halo figure: FP16 matrix rate, 40 CUs x 2.9 GHz x 512 FLOP per CU per clock (issue 16).
    QCOMPARE(p.fp16Tflops, std::optional<double>(59.4));
    QCOMPARE(machine.needed, std::vector<MachineField>{MachineField::LoadWatts});
}

void TestThisComputer::testCpuOnlyMachineLeavesBandwidthToTheUser()
{
    const ThisComputer machine = describeThisComputer(probe("linux-cpu-only"), m_platforms);
    const core::Platform& p = machine.platform;
    QVERIFY(!machine.match);
    QCOMPARE(p.name, std::string("This computer (AMD EPYC)"));
    QCOMPARE(p.memoryKind, core::MemoryKind::System);
    QCOMPARE(p.backend, core::Backend::Cpu);
    QCOMPARE(p.memoryGiB, 24.0);
    QCOMPARE(p.bandwidthGBs, 0.0); // unknown, not guessed
    QCOMPARE(p.vendor, std::string("AMD"));
    QVERIFY(has(machine.needed, MachineField::Bandwidth));
    QVERIFY(has(machine.needed, MachineField::LoadWatts));
    QVERIFY(has(machine.needed, MachineField::FormFactor)); // no DMI chassis in a VM
    QVERIFY(machine.fromCatalog.empty());
}

void TestThisComputer::testMeasuredBandwidthIsDetectedAndDated()
{
    // CPU only: the measured figure is the machine's bandwidth, so the user no longer has to enter it.
    ThisComputer cpu = describeThisComputer(probe("linux-cpu-only"), m_platforms);
    applyMeasuredBandwidth(cpu, 38.4);
    QCOMPARE(cpu.platform.bandwidthGBs, 38.4);
    QVERIFY(!has(cpu.needed, MachineField::Bandwidth));
    QVERIFY(has(cpu.detected, MachineField::Bandwidth));
    // Behind a card the CPU reads system RAM: the card keeps the catalog's 1008 GB/s, and the field stays
    // "from the catalog".
    ThisComputer card = describeThisComputer(probe("linux-nvidia"), m_platforms);
    const double vram = card.platform.bandwidthGBs;
    applyMeasuredBandwidth(card, 71.5);
    QCOMPARE(card.platform.bandwidthGBs, vram);
    QCOMPARE(card.platform.systemBandwidthGBs, 71.5);
    QVERIFY(!has(card.detected, MachineField::Bandwidth));
    // The note kept with the saved machine, and its date read back; other notes have none.
    const QString note = measuredBandwidthNote(QDate(2026, 12, 4));
    QCOMPARE(note, QStringLiteral("memory bandwidth measured on this computer, 2026-12-04"));
    QCOMPARE(measuredBandwidthDate(note), std::optional<QDate>(QDate(2026, 12, 4)));
    QVERIFY(!measuredBandwidthDate(QStringLiteral("typed from the spec sheet")));
    QVERIFY(!measuredBandwidthDate(QStringLiteral("memory bandwidth measured on this computer, 2026-13-45")));
}

void TestThisComputer::testMacMatchesTheChipAndClosestMemory_data()
{
    QTest::addColumn<QString>("sysctl");
    QTest::addColumn<QString>("match");
    QTest::addColumn<double>("bandwidth");
    QTest::addColumn<double>("memory");
    // M4 Pro 48 GB: every M4 Pro row is 273 GB/s; the 48 GB one is closest.
    QTest::newRow("M4 Pro 48GB") << QString::fromStdString(
        readFile(kHostData + QLatin1String("macos-m4pro-sysctl.txt")))
                                 << "mbp14_m4pro_48" << 273.0 << 48.0;
    // The binned M4 Max (36 GB) is 410 GB/s, the full one (48-128 GB) 546: memory tells them apart.
    QTest::newRow("M4 Max 36GB") << "38654705664\nApple M4 Max\n"
                                 << "mbp14_m4max_36" << 410.0 << 36.0;
    QTest::newRow("M4 Max 128GB") << "137438953472\nApple M4 Max\n"
                                  << "mbp_m4max_128" << 546.0 << 128.0;
    QTest::newRow("M4 24GB") << "25769803776\nApple M4\n"
                             << "mac_mini_m4_24" << 120.0 << 24.0;
}

void TestThisComputer::testMacMatchesTheChipAndClosestMemory()
{
    QFETCH(QString, sysctl);
    QFETCH(QString, match);
    QFETCH(double, bandwidth);
    QFETCH(double, memory);
    const ThisComputer machine = describeThisComputer(mac(sysctl.toStdString().c_str()), m_platforms);
    QVERIFY(machine.match);
    QCOMPARE(QString::fromStdString(machine.match->id), match);
    QCOMPARE(machine.platform.memoryKind, core::MemoryKind::Unified);
    QCOMPARE(machine.platform.backend, core::Backend::Metal);
    QCOMPARE(machine.platform.bandwidthGBs, bandwidth);
    QCOMPARE(machine.platform.memoryGiB, memory);
    QCOMPARE(machine.platform.os, std::string("macOS"));
    QVERIFY(has(machine.needed, MachineField::FormFactor)); // a MacBook or a Mac mini: sysctl here does not say
}

void TestThisComputer::testDgxSparkIsUnified()
{
    HostInfo host;
    host.os = "Linux";
    host.memoryBytes = 127ULL << 30;
    host.gpus = core::host::parseNvidiaSmi("NVIDIA GB10, [N/A]\n").value();
    const ThisComputer machine = describeThisComputer(host, m_platforms);
    QVERIFY(machine.match);
    QCOMPARE(machine.match->id, std::string("dgx_spark"));
    QCOMPARE(machine.platform.memoryKind, core::MemoryKind::Unified);
    QCOMPARE(machine.platform.backend, core::Backend::Cuda);
    QCOMPARE(machine.platform.memoryGiB, 128.0);
    QCOMPARE(machine.platform.bandwidthGBs, 273.0);
    QCOMPARE(machine.platform.name, std::string("This computer (NVIDIA GB10)"));
}

void TestThisComputer::testDetectHostReadsTheGivenTree()
{
    HostDetectionOptions options;
    options.root = kHostData + QStringLiteral("linux-strix-halo");
    options.runTools = false;
    const auto host = detectHost(options);
    QVERIFY(host);
    QCOMPARE(host.value().systemVendor, std::string("Framework"));
    options.root = kHostData + QStringLiteral("missing");
    const auto missing = detectHost(options);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestThisComputer)
#include "tst_this_computer.moc"
