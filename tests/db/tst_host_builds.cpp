// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Host-PC builds (issue 13): the desktop a discrete card needs, priced by its dated, sourced parts.
#include "core/SystemPrice.h"
#include "db/Catalog.h"
#include "db/CatalogBuilder.h"
#include "db/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace localrig;
using namespace localrig::db;

namespace {

const QString kBuilds = QStringLiteral(
    "id,name,max_card_watts,base_watts,gpu_slots,system_ram_gb,system_bandwidth_gbs,confirmed,source,source_date,"
    "notes\n"
    "pc_a,Test desktop,350,120,1,64,96,derived,https://example.org/a,2026-06,\n");
const QString kParts = QStringLiteral("build_id,part,name,usd,price_date,confirmed,source,source_date,notes\n"
                                      "pc_a,cpu,Test CPU,279,2026-05,yes,https://example.org/cpu,2026-05,\n"
                                      "pc_a,memory,64 GB DDR5,679.99,2026-06-03,yes,https://example.org/ram,2026-06,\n"
                                      "pc_a,psu,850 W PSU,120,2026-04,yes,https://example.org/psu,2026-04,\n");

bool write(const QString& folder, const QString& name, const QString& text)
{
    QFile file(QDir(folder).filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

const core::HostBuild* findBuild(const std::vector<core::HostBuild>& builds, const std::string& id)
{
    const auto it = std::find_if(builds.begin(), builds.end(), [&](const core::HostBuild& b) { return b.id == id; });
    return it == builds.end() ? nullptr : &*it;
}

} // namespace

class TestHostBuilds final : public QObject
{
    Q_OBJECT

private slots:
    void testBuilderLoadsBuildsAndParts();
    void testRejectsAPartOfAnUnknownBuild();
    void testRejectsANegativePrice();
    void testShippedBuildsAddUp_data();
    void testShippedBuildsAddUp();
    void testEveryShippedPartHasAPriceASourceAndADate();
    void testShippedMultiGpuBuilds();
};

void TestHostBuilds::testBuilderLoadsBuildsAndParts()
{
    QTemporaryDir folder;
    QVERIFY(write(folder.path(), QStringLiteral("host_builds.csv"), kBuilds));
    QVERIFY(write(folder.path(), QStringLiteral("host_build_parts.csv"), kParts));
    const QString output = folder.filePath(QStringLiteral("catalog.sqlite"));
    CatalogBuilder builder(folder.path());
    const auto built = builder.build(output);
    QVERIFY2(built, qPrintable(builder.problems().join(QLatin1Char('\n'))));
    QCOMPARE(builder.rowCounts().at(QStringLiteral("host_build")), 1);
    QCOMPARE(builder.rowCounts().at(QStringLiteral("host_build_part")), 3);
    auto catalog = loadCatalog(output, nullptr);
    QVERIFY(catalog);
    const std::vector<core::HostBuild> builds = catalog.value().coreHostBuilds();
    QCOMPARE(builds.size(), std::size_t(1));
    const core::HostBuild& pc = builds.front();
    QCOMPARE(pc.id, std::string("pc_a"));
    QCOMPARE(pc.maxCardWatts, 350.0);
    QCOMPARE(pc.baseWatts, 120.0);
    QCOMPARE(pc.gpuSlots, 1);
    QCOMPARE(pc.systemRamGiB, 64.0);
    QCOMPARE(pc.systemBandwidthGBs, 96.0);
    QCOMPARE(pc.parts.size(), std::size_t(3));
    // File order is kept: processor first.
    QCOMPARE(pc.parts.front().name, std::string("Test CPU"));
    QCOMPARE(pc.parts.front().source, std::string("https://example.org/cpu"));
    QCOMPARE(pc.parts.front().sourceDate, std::string("2026-05"));
    // 279 + 679.99 + 120 = 1,078.99
    QCOMPARE(pc.totalUsd(), 1078.99);
}

void TestHostBuilds::testRejectsAPartOfAnUnknownBuild()
{
    QTemporaryDir folder;
    QVERIFY(write(folder.path(), QStringLiteral("host_builds.csv"), kBuilds));
    QString parts = kParts;
    parts.replace(QStringLiteral("pc_a,memory"), QStringLiteral("pc_b,memory"));
    QVERIFY(write(folder.path(), QStringLiteral("host_build_parts.csv"), parts));
    const QString output = folder.filePath(QStringLiteral("catalog.sqlite"));
    CatalogBuilder builder(folder.path());
    const auto built = builder.build(output);
    QVERIFY(!built);
    QCOMPARE(built.error().code, ErrorCode::CorruptCatalog);
    QCOMPARE(builder.problems().constFirst(),
             QStringLiteral("host_build_parts.csv:3: build_id: no host_build with id 'pc_b'"));
    QVERIFY(!QFile::exists(output));
}

void TestHostBuilds::testRejectsANegativePrice()
{
    QTemporaryDir folder;
    QVERIFY(write(folder.path(), QStringLiteral("host_builds.csv"), kBuilds));
    QString parts = kParts;
    parts.replace(QStringLiteral("850 W PSU,120,"), QStringLiteral("850 W PSU,-120,"));
    QVERIFY(write(folder.path(), QStringLiteral("host_build_parts.csv"), parts));
    CatalogBuilder builder(folder.path());
    QVERIFY(!builder.build(folder.filePath(QStringLiteral("catalog.sqlite"))));
    QCOMPARE(builder.problems().constFirst(),
             QStringLiteral("host_build_parts.csv:4: usd: -120 is outside 0 to 10000000"));
}

void TestHostBuilds::testShippedBuildsAddUp_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("maxCardWatts");
    QTest::addColumn<int>("parts");
    QTest::addColumn<double>("total");
    // Worked by hand from db/catalog/host_build_parts.csv.
    QTest::newRow("mainstream: 200+90+679.99+120+50+198+100 = 1,437.99")
        << "host_mainstream_850w" << 350.0 << 7 << 1437.99;
    QTest::newRow("high-wattage: 200+90+679.99+380+50+198+150 = 1,747.99")
        << "host_highwatt_1500w" << 600.0 << 7 << 1747.99;
}

void TestHostBuilds::testShippedBuildsAddUp()
{
    QFETCH(QString, id);
    QFETCH(double, maxCardWatts);
    QFETCH(int, parts);
    QFETCH(double, total);
    auto catalog = loadCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE), nullptr);
    QVERIFY(catalog);
    const std::vector<core::HostBuild> builds = catalog.value().coreHostBuilds();
    const core::HostBuild* build = findBuild(builds, id.toStdString());
    QVERIFY(build != nullptr);
    QCOMPARE(build->maxCardWatts, maxCardWatts);
    QCOMPARE(build->parts.size(), std::size_t(parts));
    QVERIFY(qAbs(build->totalUsd() - total) < 0.005);
    QCOMPARE(build->systemRamGiB, 64.0);
    // The power supply leaves >= 30 % headroom for the card plus the host (ATX 3.x transients).
    QVERIFY(build->maxCardWatts + build->baseWatts <= 0.7 * (id.contains(QLatin1String("1500")) ? 1500 : 850));
}

void TestHostBuilds::testEveryShippedPartHasAPriceASourceAndADate()
{
    auto catalog = loadCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE), nullptr);
    QVERIFY(catalog);
    QVERIFY(catalog.value().hostBuilds().size() >= 2);
    for (const HostBuildPartEntry& part : catalog.value().hostBuildParts()) {
        const QString where = part.buildId + QLatin1Char('/') + part.part;
        QVERIFY2(part.usd > 0.0, qPrintable(where));
        QVERIFY2(!part.priceDate.isEmpty(), qPrintable(where));
        QVERIFY2(part.source.source.startsWith(QLatin1String("https://")), qPrintable(where));
        QVERIFY2(!part.source.sourceDate.isEmpty(), qPrintable(where));
        if (part.source.confirmation == Confirmation::Derived) {
            QVERIFY2(part.source.notes.contains(QLatin1String("DERIVED")), qPrintable(where));
        }
    }
}

// Issue 17: the multi-GPU builds come out of the catalog as systems of their cards, priced with a host that
// has a slot for each card and a supply sized for their summed board power.
void TestHostBuilds::testShippedMultiGpuBuilds()
{
    auto catalog = loadCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE), nullptr);
    QVERIFY(catalog);
    const std::vector<core::Platform> platforms = catalog.value().corePlatforms();
    const std::vector<core::HostBuild> hosts = catalog.value().coreHostBuilds();
    const auto find = [&](const std::string& id) {
        return std::find_if(platforms.begin(), platforms.end(), [&](const core::Platform& p) { return p.id == id; });
    };
    const auto dual = find("dual_rtx_3090");
    QVERIFY(dual != platforms.end());
    QCOMPARE(dual->vramGiB, 48.0);
    QCOMPARE(dual->bandwidthGBs, 936.0); // two equal cards in layer split read at one card's rate
    QCOMPARE(dual->gpuCount(), 2);
    QCOMPARE(dual->loadWatts, 700.0);
    // 1500 W dual host: 200 + 430 + 380 + 380 + 150 + 300 = 1,840; cards 2 x $750 used -> $3,340.
    const core::SystemPrice price = core::systemPriceFor(*dual, &hosts, false);
    QVERIFY(price.host != nullptr);
    QCOMPARE(price.host->id, std::string("host_dual_1500w"));
    QVERIFY(price.usd);
    QVERIFY(qAbs(*price.usd - 3340.0) < 0.005);
    QCOMPARE(price.loadWatts, 830.0);
    // The dual hosts keep the 30 % supply headroom: 920 + 130 <= 0.7 x 1500 and 1,270 + 130 <= 0.7 x 2000.
    for (const core::HostBuild& host : hosts) {
        if (host.gpuSlots == 2) {
            QCOMPARE(host.systemRamGiB, 128.0);
            QVERIFY(host.maxCardWatts + host.baseWatts <= 0.7 * (host.id == "host_dual_1500w" ? 1500 : 2000));
        }
    }
    // Two 5090s (2 x 575 = 1,150 W > 920) need the 2000 W host: 200 + 430 + 380 + 600 + 150 + 300 = $2,060,
    // + 2 x $3,500 street = $9,060. Four 3090s (1,400 W, four slots) still find no host: no system price.
    const core::SystemPrice twoFiveThousands = core::systemPriceFor(*find("dual_rtx_5090"), &hosts, false);
    QVERIFY(twoFiveThousands.host != nullptr);
    QCOMPARE(twoFiveThousands.host->id, std::string("host_dual_2000w"));
    QVERIFY(twoFiveThousands.usd);
    QVERIFY(qAbs(*twoFiveThousands.usd - 9060.0) < 0.005);
    QVERIFY(!core::systemPriceFor(*find("quad_rtx_3090"), &hosts, false).usd);
    QCOMPARE(find("rtx_5090_plus_3090")->cards.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestHostBuilds)
#include "tst_host_builds.moc"
