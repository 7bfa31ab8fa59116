// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/host/HostParsers.h"
#include "core/host/HostProbe.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace localrig;
using namespace localrig::core::host;

namespace {

const std::filesystem::path kHostData = std::filesystem::path(LOCALRIG_TEST_DATA_DIR) / "host";

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class TestHostProbe final : public QObject
{
    Q_OBJECT

private slots:
    void testMemTotal_data();
    void testMemTotal();
    void testTidiesCpuNames_data();
    void testTidiesCpuNames();
    void testCpuInfoCountsCoresAndThreads();
    void testNvidiaSmi();
    void testNvidiaSmiRejectsOtherOutput();
    void testSysctl();
    void testSysctlRejectsOtherOutput();
    void testPciIds();
    void testChassis();
    void testMarketedSize_data();
    void testMarketedSize();
    void testProbesAnNvidiaDesktop();
    void testProbesAStrixHaloMiniPc();
    void testProbesACpuOnlyMachine();
    void testMissingMeminfoIsAnError();
};

void TestHostProbe::testMemTotal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qulonglong>("bytes");
    QTest::newRow("24684084 kB * 1024 = 25,276,502,016 B")
        << QByteArray("MemTotal:       24684084 kB\nMemFree: 1 kB\n") << qulonglong(25276502016ULL);
    QTest::newRow("not the first line") << QByteArray("MemFree: 5 kB\nMemTotal: 1024 kB\n") << qulonglong(1048576);
    QTest::newRow("no MemTotal") << QByteArray("MemFree: 5 kB\n") << qulonglong(0);
    QTest::newRow("not a number") << QByteArray("MemTotal: lots kB\n") << qulonglong(0);
    QTest::newRow("absurdly large") << QByteArray("MemTotal: 99999999999999999999 kB\n") << qulonglong(0);
    QTest::newRow("empty") << QByteArray() << qulonglong(0);
}

void TestHostProbe::testMemTotal()
{
    QFETCH(QByteArray, text);
    QFETCH(qulonglong, bytes);
    QCOMPARE(parseMemTotal(text.toStdString()).value_or(0), std::uint64_t(bytes));
}

void TestHostProbe::testTidiesCpuNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("tidy");
    QTest::newRow("Intel") << "Intel(R) Core(TM) i9-14900K CPU @ 3.20GHz"
                           << "Intel Core i9-14900K";
    QTest::newRow("AMD desktop") << "AMD Ryzen 9 7950X 16-Core Processor"
                                 << "AMD Ryzen 9 7950X";
    QTest::newRow("AMD APU") << "AMD RYZEN AI MAX+ 395 w/ Radeon 8060S"
                             << "AMD RYZEN AI MAX+ 395";
    QTest::newRow("Apple") << "Apple M4 Pro"
                           << "Apple M4 Pro";
    QTest::newRow("Xeon") << "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz"
                          << "Intel Xeon E5-2680 v4";
    QTest::newRow("spaces") << "  AMD EPYC  "
                            << "AMD EPYC";
}

void TestHostProbe::testTidiesCpuNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, tidy);
    QCOMPARE(QString::fromStdString(tidyCpuName(raw.toStdString())), tidy);
}

void TestHostProbe::testCpuInfoCountsCoresAndThreads()
{
    // 4 "processor" entries on core ids 0, 0, 4, 4 of one package: 4 threads on 2 cores.
    const CpuInfo intel = parseCpuInfo(readFile(kHostData / "linux-nvidia/proc/cpuinfo"));
    QCOMPARE(intel.vendor, std::string("Intel"));
    QCOMPARE(intel.model, std::string("Intel Core i9-14900K"));
    QCOMPARE(intel.logicalCpus, 4);
    QCOMPARE(intel.physicalCores, 2);
    // No core id lines: "cpu cores" (2) x 1 package.
    const CpuInfo epyc = parseCpuInfo(readFile(kHostData / "linux-cpu-only/proc/cpuinfo"));
    QCOMPARE(epyc.vendor, std::string("AMD"));
    QCOMPARE(epyc.logicalCpus, 2);
    QCOMPARE(epyc.physicalCores, 2);
    // ARM: no model name, no core ids: the logical count stands in.
    const CpuInfo arm = parseCpuInfo("processor : 0\nCPU implementer : 0x41\n\nprocessor : 1\n");
    QVERIFY(arm.model.empty());
    QCOMPARE(arm.logicalCpus, 2);
    QCOMPARE(arm.physicalCores, 2);
}

void TestHostProbe::testNvidiaSmi()
{
    const auto gpus = parseNvidiaSmi(readFile(kHostData / "nvidia-smi-multi.csv"));
    QVERIFY(gpus);
    QCOMPARE(gpus.value().size(), std::size_t(3));
    QCOMPARE(gpus.value()[0].name, std::string("NVIDIA GeForce RTX 3090"));
    QCOMPARE(gpus.value()[0].vramBytes, std::uint64_t(24576) * 1048576); // 24576 MiB = 24 GiB
    QCOMPARE(gpus.value()[0].vendor, GpuVendor::Nvidia);
    QCOMPARE(gpus.value()[0].source, std::string("nvidia-smi"));
    QCOMPARE(gpus.value()[2].name, std::string("NVIDIA GB10"));
    QCOMPARE(gpus.value()[2].vramBytes, std::uint64_t(0)); // "[N/A]": unified memory, no VRAM of its own
    QVERIFY(parseNvidiaSmi("").value().empty()); // no NVIDIA GPU: nothing, not an error
}

void TestHostProbe::testNvidiaSmiRejectsOtherOutput()
{
    const auto failed = parseNvidiaSmi("NVIDIA-SMI has failed because it couldn't communicate with the driver\n");
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::InvalidInput);
    QVERIFY(failed.error().detail.find("not 'name, MiB'") != std::string::npos);
    QVERIFY(!parseNvidiaSmi(", 24576\n"));
}

void TestHostProbe::testSysctl()
{
    const auto values = parseSysctl(readFile(kHostData / "macos-m4pro-sysctl.txt"));
    QVERIFY(values);
    QCOMPARE(values.value().memoryBytes, std::uint64_t(51539607552)); // 48 x 2^30
    QCOMPARE(values.value().cpuBrand, std::string("Apple M4 Pro"));
    const HostInfo mac = hostFromSysctl(values.value());
    QCOMPARE(mac.os, std::string("macOS"));
    QCOMPARE(mac.cpu.vendor, std::string("Apple"));
    QCOMPARE(mac.gpus.size(), std::size_t(1));
    QCOMPARE(mac.gpus[0].vendor, GpuVendor::Apple);
    QCOMPARE(mac.gpus[0].vramBytes, std::uint64_t(0));
    const auto intelMac = parseSysctl("17179869184\nIntel(R) Core(TM) i7-9750H CPU @ 2.60GHz\n");
    QVERIFY(intelMac);
    const HostInfo old = hostFromSysctl(intelMac.value());
    QCOMPARE(old.cpu.model, std::string("Intel Core i7-9750H"));
    QVERIFY(old.gpus.empty()); // an Intel Mac's GPU is not described by sysctl
}

void TestHostProbe::testSysctlRejectsOtherOutput()
{
    QVERIFY(!parseSysctl("Apple M4 Pro\n"));
    const auto notNumber = parseSysctl("sysctl: unknown oid 'hw.memsize'\nApple M4\n");
    QVERIFY(!notNumber);
    QVERIFY(notNumber.error().detail.find("hw.memsize") != std::string::npos);
}

void TestHostProbe::testPciIds()
{
    std::ifstream ids(kHostData / "linux-nvidia/usr/share/misc/pci.ids");
    QCOMPARE(pciDeviceName(ids, 0x10de, 0x2684).value_or(""), std::string("GeForce RTX 4090"));
    ids.clear();
    ids.seekg(0);
    // The same device id under another vendor is another device.
    QCOMPARE(pciDeviceName(ids, 0x1002, 0x744c).value_or(""), std::string("Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M"));
    ids.clear();
    ids.seekg(0);
    QVERIFY(!pciDeviceName(ids, 0x1002, 0x2684));
    std::istringstream unbracketed("8086  Intel Corporation\n\t56a0  DG2 Arc A770\n");
    QCOMPARE(pciDeviceName(unbracketed, 0x8086, 0x56a0).value_or(""), std::string("DG2 Arc A770"));
    QCOMPARE(parseHexId("0x10de\n"), std::optional<std::uint32_t>(0x10de));
    QVERIFY(!parseHexId("nvidia"));
    QVERIFY(!parseHexId("0x123456")); // PCI ids are 16-bit
}

void TestHostProbe::testChassis()
{
    QCOMPARE(chassisFromDmi(3), Chassis::Desktop);
    QCOMPARE(chassisFromDmi(10), Chassis::Laptop);
    QCOMPARE(chassisFromDmi(35), Chassis::Mini);
    QCOMPARE(chassisFromDmi(23), Chassis::Server);
    QCOMPARE(chassisFromDmi(1), Chassis::Unknown); // "other"
}

void TestHostProbe::testMarketedSize_data()
{
    QTest::addColumn<qulonglong>("bytes");
    QTest::addColumn<double>("gib");
    const qulonglong gib = 1ULL << 30;
    QTest::newRow("25,276,502,016 B = 23.54 GiB >= 0.88 x 24") << qulonglong(25276502016ULL) << 24.0;
    QTest::newRow("62.56 GiB >= 0.88 x 64") << qulonglong(65598512ULL * 1024) << 64.0;
    QTest::newRow("exactly 48 GiB") << 48 * gib << 48.0;
    QTest::newRow("15.3 GiB -> 16") << qulonglong(15.3 * static_cast<double>(gib)) << 16.0;
    QTest::newRow("27 GiB < 0.88 x 32: kept as read") << 27 * gib << 27.0;
    QTest::newRow("5000 GiB, beyond the list") << 5000 * gib << 5000.0;
}

void TestHostProbe::testMarketedSize()
{
    QFETCH(qulonglong, bytes);
    QFETCH(double, gib);
    QCOMPARE(marketedGiB(bytes), gib);
}

void TestHostProbe::testProbesAnNvidiaDesktop()
{
    auto host = probeLinux(kHostData / "linux-nvidia");
    QVERIFY2(host, host ? "" : host.error().detail.c_str());
    HostInfo& h = host.value();
    QCOMPARE(h.os, std::string("Linux"));
    QCOMPARE(h.memoryBytes, std::uint64_t(65598512) * 1024);
    QCOMPARE(h.cpu.model, std::string("Intel Core i9-14900K"));
    QCOMPARE(h.chassis, Chassis::Desktop);
    QVERIFY(h.systemVendor.empty()); // "To Be Filled By O.E.M." names nobody
    QCOMPARE(h.productName, std::string("Z790 AORUS ELITE AX"));
    // card0 only: card0-DP-1 is a connector. /sys names the PCI ids; pci.ids the card; no VRAM figure.
    QCOMPARE(h.gpus.size(), std::size_t(1));
    QCOMPARE(h.gpus[0].vendorId, std::uint32_t(0x10de));
    QCOMPARE(h.gpus[0].deviceId, std::uint32_t(0x2684));
    QCOMPARE(h.gpus[0].name, std::string("NVIDIA GeForce RTX 4090"));
    QCOMPARE(h.gpus[0].vramBytes, std::uint64_t(0));
    QCOMPARE(h.gpus[0].source, std::string("/sys/class/drm/card0"));
    // nvidia-smi adds the VRAM (24564 MiB) and replaces the /sys entry.
    mergeNvidiaSmi(h, parseNvidiaSmi(readFile(kHostData / "linux-nvidia/nvidia-smi.csv")).value());
    QCOMPARE(h.gpus.size(), std::size_t(1));
    QCOMPARE(h.gpus[0].vramBytes, std::uint64_t(24564) * 1048576);
    QCOMPARE(h.gpus[0].source, std::string("nvidia-smi"));
    QCOMPARE(marketedGiB(h.gpus[0].vramBytes), 24.0); // 23.99 GiB
}

void TestHostProbe::testProbesAStrixHaloMiniPc()
{
    auto host = probeLinux(kHostData / "linux-strix-halo");
    QVERIFY(host);
    const HostInfo& h = host.value();
    QCOMPARE(h.cpu.model, std::string("AMD RYZEN AI MAX+ 395"));
    QCOMPARE(h.cpu.logicalCpus, 4);
    QCOMPARE(h.cpu.physicalCores, 2);
    QCOMPARE(h.chassis, Chassis::Mini);
    QCOMPARE(h.systemVendor, std::string("Framework"));
    QCOMPARE(h.gpus.size(), std::size_t(1));
    QCOMPARE(h.gpus[0].vendor, GpuVendor::Amd);
    QVERIFY(h.gpus[0].name.empty()); // no pci.ids in this tree
    QCOMPARE(h.gpus[0].vramBytes, std::uint64_t(103079215104)); // the 96 GiB carve-out
    QCOMPARE(h.gpus[0].source, std::string("/sys/class/drm/card1"));
}

void TestHostProbe::testProbesACpuOnlyMachine()
{
    auto host = probeLinux(kHostData / "linux-cpu-only");
    QVERIFY(host);
    QCOMPARE(host.value().cpu.model, std::string("AMD EPYC"));
    QVERIFY(host.value().gpus.empty());
    QCOMPARE(host.value().chassis, Chassis::Unknown);
    QCOMPARE(marketedGiB(host.value().memoryBytes), 24.0);
}

void TestHostProbe::testMissingMeminfoIsAnError()
{
    const auto none = probeLinux(kHostData / "no-such-tree");
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Io);
    QVERIFY(none.error().detail.find("proc/meminfo") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_host_probe.moc"
