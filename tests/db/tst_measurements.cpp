// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CatalogBuilder.h"
#include "db/CatalogLoader.h"
#include "db/MeasurementMatch.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace localrig;
using namespace localrig::db;

namespace {

const QString kFixture = QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/catalog");
const QString kHeader = QStringLiteral("model_id,quant_id,platform_id,backend,context,prompt_tokens,pp_tps,tg_tps,"
                                       "source_name,confirmed,source,source_date,notes\n");
// Two rows on the fixture catalog's ids: an RTX 4090 row as published (GPU-Benchmarks-on-LLM-Inference)
// and the same model at 32K of depth, on Vulkan, without a prefill figure.
const QString kRows = QStringLiteral(
    "llama3_8b,q4_k_m,rtx_4090_desktop,cuda,512,512,7138.99,130.58,GPU-Benchmarks,yes,https://example.org/b,2024-05,"
    "\"pp512, tg512\"\n"
    "llama3_8b,q4_k_m,rtx_4090_desktop,vulkan,32768,,,101.5,Vulkan run,yes,https://example.org/v,2026-05-15,\n");

bool copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    for (const QString& name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!copyFolder(source.filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

MeasurementEntry row(const char* model, const char* platform, core::Backend backend, int context, double tps,
                     const char* date = "2026-01")
{
    MeasurementEntry entry;
    entry.modelId = QLatin1String(model);
    entry.quantId = QStringLiteral("q4_k_m");
    entry.platformId = QLatin1String(platform);
    entry.backend = backend;
    entry.contextTokens = context;
    entry.decodeTps = tps;
    entry.source.sourceDate = QLatin1String(date);
    return entry;
}

} // namespace

class TestMeasurements final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testBuildsMeasurementRows();
    void testRejectsBadMeasurementRow_data();
    void testRejectsBadMeasurementRow();
    void testNearlySameContext_data();
    void testNearlySameContext();
    void testPrefersOwnBackendThenClosestDepthThenNewest();
    void testCatalogLooksUpByPlatformBackend();
    void testUserRowReplacesShippedRow();
    void testShippedCatalogCarriesThePublishedRows();

private:
    QTemporaryDir m_dir;
};

void TestMeasurements::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMeasurements::testBuildsMeasurementRows()
{
    const QString folder = m_dir.filePath(QStringLiteral("good"));
    QVERIFY(copyFolder(kFixture, folder));
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("measurements.csv")), kHeader + kRows));
    const QString output = m_dir.filePath(QStringLiteral("good.sqlite"));
    CatalogBuilder builder(folder);
    auto built = builder.build(output);
    QVERIFY2(built, built ? "" : built.error().detail.c_str());
    QCOMPARE(builder.rowCounts().at(QStringLiteral("measurement")), 2);
    auto data = readShippedCatalog(output);
    QVERIFY(data);
    QCOMPARE(data.value().measurements.size(), std::size_t(2));
    const MeasurementEntry& first = data.value().measurements[0];
    QCOMPARE(first.modelId, QStringLiteral("llama3_8b"));
    QCOMPARE(first.platformId, QStringLiteral("rtx_4090_desktop"));
    QCOMPARE(first.backend, core::Backend::Cuda);
    QCOMPARE(first.contextTokens, 512);
    QCOMPARE(first.promptTokens, std::optional<int>(512));
    QCOMPARE(first.prefillTps, std::optional<double>(7138.99));
    QCOMPARE(first.decodeTps, 130.58);
    QCOMPARE(first.sourceName, QStringLiteral("GPU-Benchmarks"));
    QCOMPARE(first.source.sourceDate, QStringLiteral("2024-05"));
    QCOMPARE(first.source.confirmation, Confirmation::Confirmed);
    QCOMPARE(first.source.notes, QStringLiteral("pp512, tg512"));
    const MeasurementEntry& second = data.value().measurements[1];
    QCOMPARE(second.backend, core::Backend::Vulkan);
    QVERIFY(!second.promptTokens);
    QVERIFY(!second.prefillTps); // an empty cell is "not published", never 0
}

void TestMeasurements::testRejectsBadMeasurementRow_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    const QString tail = QStringLiteral(",yes,https://example.org/b,2024-05,\n");
    QTest::newRow("unknown platform") << QStringLiteral("llama3_8b,q4_k_m,rtx_9999,cuda,512,512,7000,130,B")
            + tail << QStringLiteral("measurements.csv:2: platform_id: no platform with id 'rtx_9999'");
    QTest::newRow("unknown model") << QStringLiteral("llama9_8b,q4_k_m,rtx_4090_desktop,cuda,512,512,7000,130,B") + tail
                                   << QStringLiteral("measurements.csv:2: model_id: no model with id 'llama9_8b'");
    QTest::newRow("unknown quantization")
        << QStringLiteral("llama3_8b,q4_k_zz,rtx_4090_desktop,cuda,512,512,7000,130,B") + tail
        << QStringLiteral("measurements.csv:2: quant_id: no quantization with id 'q4_k_zz'");
    QTest::newRow("unknown backend") << QStringLiteral("llama3_8b,q4_k_m,rtx_4090_desktop,opencl,512,512,7000,130,B")
            + tail << QStringLiteral("measurements.csv:2: backend:");
    QTest::newRow("no decode figure") << QStringLiteral("llama3_8b,q4_k_m,rtx_4090_desktop,cuda,512,512,7000,,B") + tail
                                      << QStringLiteral("measurements.csv:2: tg_tps: is required but empty");
    QTest::newRow("negative depth") << QStringLiteral("llama3_8b,q4_k_m,rtx_4090_desktop,cuda,-1,512,7000,130,B") + tail
                                    << QStringLiteral("measurements.csv:2: context: -1 is outside 0 to");
    QTest::newRow("no source name") << QStringLiteral("llama3_8b,q4_k_m,rtx_4090_desktop,cuda,512,512,7000,130,") + tail
                                    << QStringLiteral("measurements.csv:2: source_name: is required but empty");
}

void TestMeasurements::testRejectsBadMeasurementRow()
{
    QFETCH(QString, line);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(copyFolder(kFixture, dir.path()));
    QVERIFY(writeFile(QDir(dir.path()).filePath(QStringLiteral("measurements.csv")), kHeader + line));
    CatalogBuilder builder(dir.path());
    auto built = builder.build(dir.filePath(QStringLiteral("out.sqlite")));
    QVERIFY(!built);
    QCOMPARE(built.error().code, ErrorCode::CorruptCatalog);
    QVERIFY2(builder.problems().join(QLatin1Char('\n')).contains(problem),
             qPrintable(builder.problems().join(QLatin1Char('\n'))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.sqlite")))); // nothing half-built
}

void TestMeasurements::testNearlySameContext_data()
{
    QTest::addColumn<int>("measured");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<bool>("near");
    // Allowed difference: max(4096, 10 % of the larger context).
    QTest::newRow("0 vs 4096: 4096 <= 4096") << 0 << 4096 << true;
    QTest::newRow("0 vs 4097: 4097 > 4096") << 0 << 4097 << false;
    QTest::newRow("0 vs 8192 (the estimate default)") << 0 << 8192 << false;
    QTest::newRow("512 vs 4096: 3584 <= 4096") << 512 << 4096 << true;
    QTest::newRow("32768 vs 36864: 4096 <= max(4096, 3686)") << 32768 << 36864 << true;
    QTest::newRow("65536 vs 72000: 6464 <= 7200") << 65536 << 72000 << true;
    QTest::newRow("65536 vs 73000: 7464 > 7300") << 65536 << 73000 << false;
    QTest::newRow("symmetric: 73000 vs 65536") << 73000 << 65536 << false;
    QTest::newRow("a negative depth is never near") << -1 << 0 << false;
}

void TestMeasurements::testNearlySameContext()
{
    QFETCH(int, measured);
    QFETCH(int, wanted);
    QFETCH(bool, near);
    QCOMPARE(nearlySameContext(measured, wanted), near);
}

void TestMeasurements::testPrefersOwnBackendThenClosestDepthThenNewest()
{
    const std::vector<MeasurementEntry> rows{
        row("m", "p", core::Backend::Vulkan, 0, 150.0),
        row("m", "p", core::Backend::Cuda, 2048, 120.0),
        row("m", "p", core::Backend::Cuda, 512, 125.0, "2024-05"),
        row("m", "p", core::Backend::Cuda, 512, 128.0, "2026-05"),
        row("m", "p", core::Backend::Cuda, 32768, 90.0),
        row("other", "p", core::Backend::Cuda, 0, 300.0),
    };
    MeasurementQuery query{QStringLiteral("M"), QStringLiteral("Q4_K_M"), QStringLiteral("p"), core::Backend::Cuda, 0};
    const MeasurementEntry* found = findMeasurement(rows, query);
    QVERIFY(found);
    QCOMPARE(found->decodeTps, 128.0); // CUDA beats Vulkan; 512 beats 2048; 2026-05 beats 2024-05
    query.contextTokens = 33000;
    QCOMPARE(findMeasurement(rows, query)->decodeTps, 90.0);
    query.contextTokens = 16384; // 16384 from 32768 and from 2048: both beyond max(4096, 3277)
    QVERIFY(!findMeasurement(rows, query));
    query.backend = core::Backend::Metal; // nothing on Metal: another backend's row, CUDA's closest depth
    query.contextTokens = 0;
    QCOMPARE(findMeasurement(rows, query)->decodeTps, 150.0); // Vulkan at 0 is closer than CUDA at 512
    query.platformId = QStringLiteral("elsewhere");
    QVERIFY(!findMeasurement(rows, query));
}

void TestMeasurements::testCatalogLooksUpByPlatformBackend()
{
    CatalogData data;
    PlatformEntry platform;
    platform.platform.id = "rtx_3090";
    platform.platform.name = "GeForce RTX 3090";
    platform.platform.backend = core::Backend::Cuda;
    data.platforms.push_back(platform);
    data.measurements = {row("llama3_8b", "rtx_3090", core::Backend::Vulkan, 512, 146.73),
                         row("llama3_8b", "rtx_3090", core::Backend::Cuda, 512, 115.42)};
    const Catalog catalog(data);
    const auto found = catalog.measurement(QStringLiteral("llama3_8b"), QStringLiteral("q4_k_m"),
                                           QStringLiteral("GeForce RTX 3090"), 4096);
    QVERIFY(found);
    QCOMPARE(found->decodeTps, 115.42); // the platform's own backend (CUDA), found by the platform's name
    QVERIFY(!catalog.measurement(QStringLiteral("llama3_8b"), QStringLiteral("q4_k_m"), QStringLiteral("rtx_3090"),
                                 8192)); // 8192 - 512 = 7680 > 4096
    QVERIFY(!catalog.measurement(QStringLiteral("llama3_8b"), QStringLiteral("q4_k_m"), QStringLiteral("nope"), 512));
}

void TestMeasurements::testUserRowReplacesShippedRow()
{
    CatalogData shipped;
    shipped.measurements = {row("m", "p", core::Backend::Cuda, 512, 100.0)};
    UserOverlay user;
    MeasurementEntry mine = row("m", "p", core::Backend::Cuda, 512, 111.0);
    mine.userDefined = true;
    user.rows.measurements = {mine, row("m", "p", core::Backend::Cuda, 32768, 80.0)};
    const Catalog merged = mergeCatalogs(std::move(shipped), std::move(user));
    QCOMPARE(merged.measurements().size(), std::size_t(2)); // same key replaced, new depth added
    QCOMPARE(merged.measurements()[0].decodeTps, 111.0);
    QVERIFY(merged.measurements()[0].userDefined);
}

void TestMeasurements::testShippedCatalogCarriesThePublishedRows()
{
    auto data = readShippedCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE));
    QVERIFY2(data, data ? "" : data.error().detail.c_str());
    const Catalog catalog(data.value());
    // 21 of measured-public.csv's 46 rows map to catalog ids (db/catalog/README.md lists the others; two Strix Halo
    // rows give way to newer runs), 24 of the project's own measured-added.csv for the B70, one R9700 and the RX 9070
    // XT, 33 Strix Halo 128 GB rows of measured-public-2026-12.csv and measured-added.csv, and one M4 Mac mini run:
    // 21 + 24 + 33 + 1 = 79.
    QCOMPARE(catalog.measurements().size(), std::size_t(21 + 24 + 33 + 1));
    std::set<QString> sources;
    for (const MeasurementEntry& m : catalog.measurements()) {
        QVERIFY2(catalog.model(m.modelId), qPrintable(m.modelId));
        QVERIFY2(catalog.quantization(m.quantId), qPrintable(m.quantId));
        QVERIFY2(catalog.platform(m.platformId), qPrintable(m.platformId));
        QVERIFY(m.source.source.startsWith(QLatin1String("https://")));
        QCOMPARE(m.source.confirmation, Confirmation::Confirmed);
        sources.insert(m.sourceName);
    }
    // llama.cpp benches, GPU-Benchmarks-on-LLM-Inference, llama.cpp PRs #21024 and #13326, kyuz0's Strix Halo, B70,
    // R9700 and MI50 repositories, lhl's strix-halo-testing, joaomj/local-llm (the M4 Mac mini).
    QCOMPARE(sources.size(), std::size_t(10));
    // measured-public.csv line 2: DGX Spark, gpt-oss-20b MXFP4, CUDA, tg32 at depth 0 = 84.10 t/s.
    const auto spark
        = catalog.measurement(QStringLiteral("gpt_oss_20b"), QStringLiteral("mxfp4"), QStringLiteral("dgx_spark"), 0);
    QVERIFY(spark);
    QCOMPARE(spark->decodeTps, 84.1);
    QCOMPARE(spark->prefillTps, std::optional<double>(3782.76));
    QCOMPARE(spark->promptTokens, std::optional<int>(2048));
    QCOMPARE(spark->sourceName, QStringLiteral("llama.cpp benches"));
    QCOMPARE(spark->source.sourceDate, QStringLiteral("2025-11-02"));
    // Line 3: the same at depth 32768 = 59.85 t/s; 30000 is within max(4096, 3277) of it.
    QCOMPARE(
        catalog.measurement(QStringLiteral("gpt_oss_20b"), QStringLiteral("mxfp4"), QStringLiteral("dgx_spark"), 30000)
            ->decodeTps,
        59.85);
    // measured-added.csv line 93: the B70 on Vulkan decodes Qwen3.6-35B-A3B UD-Q4_K_XL at 38.97 t/s at depth 512.
    const auto b70 = catalog.measurement(QStringLiteral("qwen3_6_35b_a3b"), QStringLiteral("ud_q4_k_xl"),
                                         QStringLiteral("arc_pro_b70_32"), 512);
    QVERIFY(b70);
    QCOMPARE(b70->decodeTps, 38.97);
    QCOMPARE(b70->backend, core::Backend::Vulkan);
    // measured-added.csv line 136: the 16 GB M4 Mac mini, Gemma 4 12B QAT, 907 tokens in 75.1 s = 12.08 t/s; no
    // prefill figure (the page's prompt was a few dozen tokens).
    const auto m4 = catalog.measurement(QStringLiteral("gemma4_12b"), QStringLiteral("qat_4bit"),
                                        QStringLiteral("mac_mini_m4_16"), 512);
    QVERIFY(m4);
    QCOMPARE(m4->decodeTps, 12.08);
    QVERIFY(!m4->prefillTps);
    QCOMPARE(m4->backend, core::Backend::Metal);
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
