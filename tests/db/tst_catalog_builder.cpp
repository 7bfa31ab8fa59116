// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CatalogBuilder.h"
#include "db/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::db;

namespace {

const QString kFixture = QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/catalog");

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

// Replaces `before` by `after` in one file of a copy of the fixture catalog.
bool edit(const QString& folder, const QString& file, const QString& before, const QString& after)
{
    QFile input(QDir(folder).filePath(file));
    if (!input.open(QIODevice::ReadOnly)) {
        return false;
    }
    QString text = QString::fromUtf8(input.readAll());
    input.close();
    if (!text.contains(before)) {
        return false;
    }
    text.replace(before, after);
    return input.open(QIODevice::WriteOnly | QIODevice::Truncate) && input.write(text.toUtf8()) > 0;
}

} // namespace

class TestCatalogBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testBuildsTheFixtureCatalog();
    void testEmptyFolderBuildsAnEmptyCatalog();
    void testRejectsBadRow_data();
    void testRejectsBadRow();
    void testFailedBuildKeepsThePreviousCatalog();

private:
    QTemporaryDir m_dir;
};

void TestCatalogBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCatalogBuilder::testBuildsTheFixtureCatalog()
{
    const QString output = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    CatalogBuilder builder(kFixture);
    auto built = builder.build(output);
    QVERIFY2(built, built ? "" : built.error().detail.c_str());
    QCOMPARE(builder.rowCounts().at(QStringLiteral("model")), 3);
    QCOMPARE(builder.rowCounts().at(QStringLiteral("model_kv_group")), 2);
    QCOMPARE(builder.rowCounts().at(QStringLiteral("price")), 4);
    QCOMPARE(builder.rowCounts().at(QStringLiteral("article")), 1);
    auto data = readShippedCatalog(output);
    QVERIFY(data);
    QCOMPARE(data.value().catalogDate, QStringLiteral("2026-06")); // the newest source_date
    QCOMPARE(data.value().models[1].spec.name, std::string("Mixtral 8x7B, Instruct")); // quoted comma
    QCOMPARE(data.value().models[1].guideClaim, QStringLiteral("\"47B\" in the guide")); // doubled quotes
    QCOMPARE(data.value().models[1].spec.kvGroups.size(), std::size_t(2));
    QCOMPARE(data.value().models[1].spec.kvGroups[0].window, 4096);
    QCOMPARE(data.value().models[1].spec.kvGroups[1].window, 0); // empty cell = full attention
    QCOMPARE(data.value().articles[0].body, QStringLiteral("Keep the model under **75 %** of memory."));
    QCOMPARE(data.value().articles[0].source.confirmation, Confirmation::GuideOnly);
}

void TestCatalogBuilder::testEmptyFolderBuildsAnEmptyCatalog()
{
    QTemporaryDir empty;
    const QString output = m_dir.filePath(QStringLiteral("empty.sqlite"));
    CatalogBuilder builder(empty.path());
    QVERIFY(builder.build(output));
    auto data = readShippedCatalog(output);
    QVERIFY(data);
    QVERIFY(data.value().models.empty());
    QVERIFY(data.value().catalogDate.isEmpty());
    QVERIFY(!data.value().builtAt.isEmpty());
}

void TestCatalogBuilder::testRejectsBadRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("problem");

    QTest::newRow("text in a number") << "models.csv"
                                      << ",8.03,8.03,gqa,"
                                      << ",8.O3,8.03,gqa,"
                                      << "models.csv:2: total_params_b: '8.O3' is not a number";
    QTest::newRow("negative bandwidth") << "platforms.csv"
                                        << ",273,"
                                        << ",-273,"
                                        << "platforms.csv:2: bandwidth_gbs: -273 is outside 0.1 to 100000";
    QTest::newRow("unknown enum") << "quantizations.csv"
                                  << ",gguf,kquant,"
                                  << ",gguff,kquant,"
                                  << "quantizations.csv:2: format: quantization format 'gguff' is not one of: "
                                     "float, gguf, mlx, awq, gptq, fp8, fp4, qat";
    QTest::newRow("missing source") << "prices.csv"
                                    << "launch,yes,https://example.org/m4pro,"
                                    << "launch,yes,,"
                                    << "prices.csv:2: source: is required but empty";
    QTest::newRow("bad source date") << "tiers.csv"
                                     << "guide-only,guide,2026-06,\ntier-1"
                                     << "guide-only,guide,June 2026,\ntier-1"
                                     << "tiers.csv:2: source_date: 'June 2026' is not a date (YYYY-MM-DD, YYYY-MM "
                                        "or YYYY)";
    QTest::newRow("missing confirmed") << "api_prices.csv"
                                       << "2026-03-01,yes,"
                                       << "2026-03-01,,"
                                       << "api_prices.csv:2: confirmed: is required but empty";
    QTest::newRow("unknown reference") << "model_file_sizes.csv"
                                       << "llama3_8b,q4_k_m"
                                       << "llama3_8b,q5_k_m"
                                       << "model_file_sizes.csv:2: quant_id: no quantization with id 'q5_k_m'";
    QTest::newRow("too few columns") << "electricity_prices.csv"
                                     << "US,0.1648,USD,"
                                     << "US,0.1648,"
                                     << "electricity_prices.csv:2: row: has 7 fields, the header has 8";
    QTest::newRow("duplicate id") << "quantizations.csv"
                                  << "q8_0,Q8_0"
                                  << "q4_k_m,Q8_0"
                                  << "quantizations.csv:3: id: 'q4_k_m' is already used on line 2";
    QTest::newRow("unknown column") << "ram_rows.csv"
                                    << "verdict,confirmed"
                                    << "verdikt,confirmed"
                                    << "ram_rows.csv:1: header: unknown column 'verdikt'";
    QTest::newRow("core rule: active above total")
        << "models.csv"
        << ",8.03,8.03,gqa,"
        << ",8.03,9.5,gqa,"
        << "models.csv:2: llama3_8b: active parameters exceed total parameters";
    QTest::newRow("core rule: discrete without VRAM") << "platforms.csv"
                                                      << ",64,24,1008,"
                                                      << ",64,,1008,"
                                                      << "platforms.csv:3: rtx_4090_desktop: a discrete GPU "
                                                         "needs its VRAM size";
    QTest::newRow("min above max") << "tiers.csv"
                                   << ",32,48,"
                                   << ",64,48,"
                                   << "tiers.csv:2: max_gb: is below min_gb";
    QTest::newRow("article without source") << "articles/leaving-headroom.md"
                                            << "source: guide\n"
                                            << "source: \n"
                                            << "articles/leaving-headroom.md:4: source: is required but empty";
}

void TestCatalogBuilder::testRejectsBadRow()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, problem);
    QTemporaryDir folder;
    QVERIFY(copyFolder(kFixture, folder.path()));
    QVERIFY(edit(folder.path(), file, before, after));
    const QString output = folder.filePath(QStringLiteral("catalog.sqlite"));
    CatalogBuilder builder(folder.path());
    auto built = builder.build(output);
    QVERIFY(!built);
    QCOMPARE(built.error().code, ErrorCode::CorruptCatalog);
    QVERIFY(!builder.problems().isEmpty());
    QCOMPARE(builder.problems().constFirst(), problem);
    QVERIFY(!QFile::exists(output));
    QVERIFY(!QFile::exists(output + QStringLiteral(".tmp")));
}

void TestCatalogBuilder::testFailedBuildKeepsThePreviousCatalog()
{
    QTemporaryDir folder;
    QVERIFY(copyFolder(kFixture, folder.path()));
    const QString output = folder.filePath(QStringLiteral("catalog.sqlite"));
    QVERIFY(CatalogBuilder(folder.path()).build(output));
    QVERIFY(edit(folder.path(), QStringLiteral("models.csv"), QStringLiteral(",8.03,8.03,gqa,"),
                 QStringLiteral(",x,8.03,gqa,")));
    QVERIFY(!CatalogBuilder(folder.path()).build(output));
    auto data = readShippedCatalog(output);
    QVERIFY(data);
    QCOMPARE(data.value().models.size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestCatalogBuilder)
#include "tst_catalog_builder.moc"
