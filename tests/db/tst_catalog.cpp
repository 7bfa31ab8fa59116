// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CatalogBuilder.h"
#include "db/CatalogLoader.h"
#include "db/NameMatcher.h"
#include "db/UserDatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::db;

namespace {

PricePoint price(const char* date, const char* kind, double usd)
{
    return PricePoint{QStringLiteral("p"), usd, QLatin1String(date), QLatin1String(kind), {}, false};
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testLoadsCoreValuesFromTheShippedCatalog();
    void testLookupIsCaseInsensitiveByIdOrName();
    void testMissSuggestsTheClosestNames();
    void testSuggestionsRankPrefixThenSubstring();
    void testEditDistance_data();
    void testEditDistance();
    void testCurrentPrice_data();
    void testCurrentPrice();
    void testUserRowsWinOverShippedRows();
    void testRelativeLendsItsArchitecture();
    void testTierSpecsAreOrderedByNumber();
    void testMissingShippedCatalogIsAClearError();

private:
    QTemporaryDir m_dir;
    QString m_shipped;
};

void TestCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_shipped = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    QVERIFY(CatalogBuilder(QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/catalog")).build(m_shipped));
}

void TestCatalog::testLoadsCoreValuesFromTheShippedCatalog()
{
    auto catalog = loadCatalog(m_shipped, nullptr);
    QVERIFY(catalog);
    const Catalog& c = catalog.value();
    QCOMPARE(c.models().size(), std::size_t(3));
    auto mixtral = c.model(QStringLiteral("mixtral_8x7b"));
    QVERIFY(mixtral);
    QCOMPARE(mixtral.value().spec.totalParams, 46.7e9); // billions in the text, units in the core
    QCOMPARE(mixtral.value().spec.activeParams, 12.9e9);
    QVERIFY(mixtral.value().spec.isMixtureOfExperts());
    QVERIFY(mixtral.value().spec.routing);
    QCOMPARE(mixtral.value().spec.routing->routedExperts, 8);
    QCOMPARE(mixtral.value().spec.routing->activeExperts, 2);
    QCOMPARE(mixtral.value().spec.nativeContext, 32768);
    auto llama = c.model(QStringLiteral("llama3_8b")).value();
    QCOMPARE(llama.spec.kvGroups.size(), std::size_t(1)); // from layers, kv_heads, head_dim
    QCOMPARE(llama.spec.kvGroups[0].layers, 32);
    QCOMPARE(llama.spec.kvGroups[0].kvHeads, 8);
    QCOMPARE(llama.spec.kvGroups[0].headDim, 128);
    QCOMPARE(llama.spec.activeParams, llama.spec.totalParams);
    auto quant = c.quantization(QStringLiteral("Q4_K_M")).value();
    QCOMPARE(quant.quant.bitsPerWeight, 4.85);
    QCOMPARE(quant.quant.format, core::QuantFormat::Gguf);
    QCOMPARE(quant.quant.kernel, core::QuantKernel::KQuant);
    QCOMPARE(c.fileBytes(QStringLiteral("llama3_8b"), QStringLiteral("q4_k_m")), std::optional<double>(4920734720.0));
    QCOMPARE(c.fileBytes(QStringLiteral("llama3_8b"), QStringLiteral("q8_0")), std::nullopt);
    auto rtx = c.platform(QStringLiteral("rtx_4090_desktop")).value();
    QCOMPARE(rtx.platform.memoryKind, core::MemoryKind::Discrete);
    QCOMPARE(rtx.platform.backend, core::Backend::Cuda);
    QCOMPARE(rtx.platform.vramGiB, 24.0);
    QCOMPARE(rtx.platform.systemBandwidthGBs, 89.6);
    QCOMPARE(rtx.platform.fp16Tflops, std::optional<double>(165.2));
    QCOMPARE(rtx.platform.priceUsd, std::nullopt);
    QCOMPARE(rtx.priceOrigin, PriceOrigin::None);
    auto mac = c.platform(QStringLiteral("mac_m4_pro_48")).value();
    QCOMPARE(mac.platform.priceUsd, std::optional<double>(2199.0)); // newest non-guide price
    QCOMPARE(mac.priceOrigin, PriceOrigin::Catalog);
    QCOMPARE(mac.platform.gpuLimitGiB, std::optional<double>(36.0));
    QVERIFY(mac.platform.portable);
    QCOMPARE(c.priceHistory(QStringLiteral("mac_m4_pro_48")).size(), std::size_t(3));
    QCOMPARE(c.priceHistory(QStringLiteral("mac_m4_pro_48")).front().usd, 2399.0);
    auto cpu = c.platform(QStringLiteral("cpu_ddr5")).value();
    QCOMPARE(cpu.platform.priceUsd, std::optional<double>(1500.0));
    QCOMPARE(cpu.priceOrigin, PriceOrigin::GuideOnly);
    QCOMPARE(cpu.source.confirmation, Confirmation::GuideOnly);
    QCOMPARE(c.useCase(QStringLiteral("coding-assistant")).value().contextTokens, 32768);
    QCOMPARE(c.apiPrices().size(), std::size_t(1));
    QCOMPARE(c.apiPrices()[0].cachedInputUsdPerMtok, std::optional<double>(0.3));
    QCOMPARE(c.electricityPrices()[0].pricePerKwh, 0.1648);
    QCOMPARE(c.ramRows().size(), std::size_t(1));
    QCOMPARE(c.article(QStringLiteral("leaving-headroom")).value().category, QStringLiteral("mistakes"));
    QCOMPARE(c.date(), QStringLiteral("2026-06"));
}

void TestCatalog::testLookupIsCaseInsensitiveByIdOrName()
{
    const Catalog c = loadCatalog(m_shipped, nullptr).value();
    QCOMPARE(c.model(QStringLiteral("LLAMA3_8B")).value().spec.id, std::string("llama3_8b"));
    QCOMPARE(c.model(QStringLiteral("llama 3 8b")).value().spec.id, std::string("llama3_8b"));
    QCOMPARE(c.model(QStringLiteral("Llama-3-8B")).value().spec.id, std::string("llama3_8b")); // loose match
    QCOMPARE(c.platform(QStringLiteral("macbook pro m4 pro 48gb")).value().platform.id, std::string("mac_m4_pro_48"));
    QCOMPARE(c.useCase(QStringLiteral("Coding Assistant")).value().slug, QStringLiteral("coding-assistant"));
}

void TestCatalog::testMissSuggestsTheClosestNames()
{
    const Catalog c = loadCatalog(m_shipped, nullptr).value();
    auto missing = c.model(QStringLiteral("Llama 3 7B"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().detail,
             std::string("no model named 'Llama 3 7B' (closest: Llama 3 8B, Future 8B, Mixtral 8x7B, Instruct)"));
    auto quant = c.quantization(QStringLiteral("q5km"));
    QVERIFY(!quant);
    QCOMPARE(quant.error().detail, std::string("no quantization named 'q5km' (closest: Q4_K_M, Q8_0)"));
}

void TestCatalog::testSuggestionsRankPrefixThenSubstring()
{
    const QStringList names{QStringLiteral("rag"), QStringLiteral("coding-budget"), QStringLiteral("fine-tuning"),
                            QStringLiteral("agentic-coding"), QStringLiteral("coding-assistant")};
    // "coding" begins coding-budget and coding-assistant (kept in list order), is inside agentic-coding, and is
    // 6 edits from rag / 9 from fine-tuning: prefix, prefix, substring.
    QCOMPARE(closestNames(QStringLiteral("coding"), names, 3),
             (QStringList{QStringLiteral("coding-budget"), QStringLiteral("coding-assistant"),
                          QStringLiteral("agentic-coding")}));
    // Nothing begins or contains "rga": edit distance alone (rag 2, then the rest).
    QCOMPARE(closestNames(QStringLiteral("rga"), names, 1), QStringList{QStringLiteral("rag")});
    // Unique prefix: "fine" is only fine-tuning; "coding" is two rows; "ra" is too short to guess from.
    const QList<QStringList> keys{{QStringLiteral("rag")},
                                  {QStringLiteral("coding-budget")},
                                  {QStringLiteral("fine-tuning"), QStringLiteral("Fine-tuning (LoRA)")},
                                  {QStringLiteral("coding-assistant")}};
    QCOMPARE(uniquePrefixMatch(QStringLiteral("Fine"), keys), qsizetype(2));
    QCOMPARE(uniquePrefixMatch(QStringLiteral("coding"), keys), qsizetype(-1));
    QCOMPARE(uniquePrefixMatch(QStringLiteral("coding-a"), keys), qsizetype(3));
    QCOMPARE(uniquePrefixMatch(QStringLiteral("ra"), keys), qsizetype(-1));
}

void TestCatalog::testEditDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "Q4_K_M"
                          << "q4_k_m" << 0;
    QTest::newRow("one substitution") << "kitten"
                                      << "sitten" << 1;
    QTest::newRow("kitten/sitting") << "kitten"
                                    << "sitting" << 3;
    QTest::newRow("empty") << ""
                           << "abc" << 3;
}

void TestCatalog::testEditDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(editDistance(a, b), distance);
    QCOMPARE(editDistance(b, a), distance);
}

void TestCatalog::testCurrentPrice_data()
{
    QTest::addColumn<std::vector<PricePoint>>("history");
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("kind");
    QTest::newRow("newest dated wins") << std::vector{price("2025-01", "launch", 2000),
                                                      price("2026-03-01", "later", 2300)}
                                       << 2300.0 << "later";
    QTest::newRow("guide loses to any dated price")
        << std::vector{price("2026-06", "guide", 1800), price("2024-11", "launch", 2400)} << 2400.0 << "launch";
    QTest::newRow("guide alone is used") << std::vector{price("2026-06", "guide", 1800)} << 1800.0 << "guide";
    QTest::newRow("same day: street beats launch")
        << std::vector{price("2026-01-01", "street", 1900), price("2026-01-01", "launch", 2000)} << 1900.0 << "street";
    QTest::newRow("range: its end counts")
        << std::vector{price("2026-03/2026-07", "later", 2100), price("2026-06", "street", 2050)} << 2100.0 << "later";
}

void TestCatalog::testCurrentPrice()
{
    QFETCH(std::vector<PricePoint>, history);
    QFETCH(double, usd);
    QFETCH(QString, kind);
    const auto current = currentPrice(history);
    QVERIFY(current);
    QCOMPARE(current->usd, usd);
    QCOMPARE(current->kind, kind);
    QVERIFY(!currentPrice({}));
}

void TestCatalog::testUserRowsWinOverShippedRows()
{
    QTemporaryDir dir;
    auto user = UserDatabase::open(dir.filePath(QStringLiteral("user.sqlite")));
    QVERIFY(user);
    Catalog shipped = loadCatalog(m_shipped, nullptr).value();
    PlatformEntry mine = shipped.platform(QStringLiteral("mac_m4_pro_48")).value();
    mine.platform.name = "My MacBook (upgraded)";
    mine.platform.bandwidthGBs = 300.0;
    QVERIFY(user.value().savePlatform(mine));
    PlatformEntry extra;
    extra.platform.id = "my_mini";
    extra.platform.name = "My Mac mini";
    extra.platform.memoryGiB = 24.0;
    extra.platform.bandwidthGBs = 120.0;
    QVERIFY(user.value().saveMyMachine(extra));
    QVERIFY(user.value().setPriceOverride(QStringLiteral("rtx_4090_desktop"), 1650.0, QStringLiteral("used")));
    const Catalog merged = loadCatalog(m_shipped, &user.value()).value();
    QCOMPARE(merged.platforms().size(), std::size_t(4));
    const PlatformEntry mac = merged.platform(QStringLiteral("mac_m4_pro_48")).value();
    QCOMPARE(mac.platform.name, std::string("My MacBook (upgraded)"));
    QCOMPARE(mac.platform.bandwidthGBs, 300.0);
    QVERIFY(mac.userDefined);
    QCOMPARE(mac.platform.priceUsd, std::optional<double>(2199.0)); // shipped price history still applies
    const PlatformEntry rtx = merged.platform(QStringLiteral("rtx_4090_desktop")).value();
    QVERIFY(!rtx.userDefined);
    QCOMPARE(rtx.platform.priceUsd, std::optional<double>(1650.0));
    QCOMPARE(rtx.priceOrigin, PriceOrigin::UserOverride);
    QVERIFY(merged.myMachine());
    QCOMPARE(merged.myMachine()->platform.id, std::string("my_mini"));
    QCOMPARE(merged.platform(QStringLiteral("My Mac mini")).value().source.source, QStringLiteral("user"));
    // The shipped file itself is untouched.
    QCOMPARE(loadCatalog(m_shipped, nullptr).value().platforms().size(), std::size_t(3));
}

void TestCatalog::testRelativeLendsItsArchitecture()
{
    const Catalog c = loadCatalog(m_shipped, nullptr).value();
    const ModelEntry future = c.model(QStringLiteral("future_8b")).value();
    QVERIFY(future.architectureFromRelative);
    QCOMPARE(future.relativeOf, QStringLiteral("llama3_8b"));
    QCOMPARE(future.spec.kvGroups.size(), std::size_t(1));
    QCOMPARE(future.spec.kvGroups[0].layers, 32);
    QCOMPARE(future.spec.totalParams, 8.0e9);
    QVERIFY(!c.model(QStringLiteral("llama3_8b")).value().architectureFromRelative);
}

void TestCatalog::testTierSpecsAreOrderedByNumber()
{
    const auto tiers = loadCatalog(m_shipped, nullptr).value().tierSpecs();
    QCOMPARE(tiers.size(), std::size_t(2));
    QCOMPARE(tiers[0].id, std::string("tier-1"));
    QCOMPARE(tiers[0].minGiB, 16.0);
    QCOMPARE(tiers[0].maxGiB, 24.0);
    QCOMPARE(tiers[1].name, std::string("Tier 2: developer"));
    QCOMPARE(tiers[1].verdict, std::string("The sweet spot"));
}

void TestCatalog::testMissingShippedCatalogIsAClearError()
{
    auto catalog = loadCatalog(m_dir.filePath(QStringLiteral("nope.sqlite")), nullptr);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::Io);
    QVERIFY(catalog.error().detail.find("LOCALRIG_CATALOG") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
