// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CatalogBuilder.h"
#include "db/CatalogLoader.h"
#include "db/UserDataFile.h"
#include "db/UserDatabase.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::db;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/") + QLatin1String(name);
}

std::size_t rowCount(const UserDatabase& user)
{
    const UserOverlay overlay = user.overlay().value();
    return overlay.rows.platforms.size() + overlay.rows.models.size() + overlay.rows.prices.size();
}

} // namespace

class TestImportExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testImportsEveryRowOfAGoodFile();
    void testBadRowRejectsTheWholeFile_data();
    void testBadRowRejectsTheWholeFile();
    void testRoundTrip_data();
    void testRoundTrip();
    void testFormatFollowsTheExtension();

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

void TestImportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString shipped = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    QVERIFY(CatalogBuilder(QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/catalog")).build(shipped));
    m_catalog = loadCatalog(shipped, nullptr).value();
}

void TestImportExport::testImportsEveryRowOfAGoodFile()
{
    QTemporaryDir folder;
    auto user = UserDatabase::open(folder.filePath(QStringLiteral("user.sqlite")));
    QVERIFY(user);
    auto summary = importUserDataFile(fixture("import_good.json"), user.value(), m_catalog);
    QVERIFY2(summary, summary ? "" : summary.error().detail.c_str());
    QCOMPARE(summary.value().platforms, 1);
    QCOMPARE(summary.value().models, 1);
    QCOMPARE(summary.value().prices, 2);
    const UserOverlay overlay = user.value().overlay().value();
    const PlatformEntry& box = overlay.rows.platforms.at(0);
    QCOMPARE(box.platform.vramGiB, 32.0);
    QCOMPARE(box.platform.bandwidthGBs, 1792.0);
    QCOMPARE(box.platform.memoryKind, core::MemoryKind::Discrete);
    QCOMPARE(box.source.source, QStringLiteral("user")); // defaults for what a user file leaves out
    QCOMPARE(box.source.notes, QStringLiteral("built in 2026"));
    const ModelEntry& merge = overlay.rows.models.at(0);
    QCOMPARE(merge.spec.totalParams, 12.2e9);
    QCOMPARE(merge.spec.activeParams, 12.2e9);
    QCOMPARE(merge.spec.kvGroups.size(), std::size_t(2));
    QCOMPARE(merge.spec.kvGroups[1].window, 1024);
    // A price for a shipped platform is accepted and becomes its current price.
    const Catalog merged = mergeCatalogs(m_catalog.data(), overlay);
    QCOMPARE(merged.platform(QStringLiteral("mac_m4_pro_48")).value().platform.priceUsd, std::optional<double>(2049.0));
}

void TestImportExport::testBadRowRejectsTheWholeFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("json: text for a number")
        << fixture("import_bad_row.json") << "import_bad_row.json:30: total_params_b: 'seventy' is not a number";
    QTest::newRow("csv: impossible date")
        << fixture("import_bad_row.csv")
        << "import_bad_row.csv:4: price_date: '2026-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
}

void TestImportExport::testBadRowRejectsTheWholeFile()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    QTemporaryDir folder;
    auto user = UserDatabase::open(folder.filePath(QStringLiteral("user.sqlite")));
    QVERIFY(user);
    auto summary = importUserDataFile(file, user.value(), m_catalog);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(summary.error().detail).split(QLatin1Char('\n')).constFirst(), problem);
    QCOMPARE(rowCount(user.value()), std::size_t(0)); // the good rows before it were not written either
}

void TestImportExport::testRoundTrip_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("json") << "json";
    QTest::newRow("csv") << "csv";
}

void TestImportExport::testRoundTrip()
{
    QFETCH(QString, extension);
    QTemporaryDir folder;
    auto first = UserDatabase::open(folder.filePath(QStringLiteral("first.sqlite")));
    QVERIFY(first);
    QVERIFY(importUserDataFile(fixture("import_good.json"), first.value(), m_catalog));
    PlatformEntry quoted;
    quoted.platform.id = "quoted";
    quoted.platform.name = "A \"quoted\", name";
    quoted.platform.memoryGiB = 16;
    quoted.platform.bandwidthGBs = 100;
    quoted.platform.fp16Tflops = 12.5;
    quoted.source.notes = QStringLiteral("line one\nline two");
    QVERIFY(first.value().savePlatform(quoted));
    const QString file = folder.filePath(QStringLiteral("export.") + extension);
    auto exported = exportUserDataFile(file, first.value());
    QVERIFY(exported);
    QCOMPARE(exported.value().platforms, 2);
    QCOMPARE(exported.value().models, 1);
    QCOMPARE(exported.value().prices, 2);

    auto second = UserDatabase::open(folder.filePath(QStringLiteral("second.sqlite")));
    QVERIFY(second);
    auto imported = importUserDataFile(file, second.value(), m_catalog);
    QVERIFY2(imported, imported ? "" : imported.error().detail.c_str());
    const UserOverlay a = first.value().overlay().value();
    const UserOverlay b = second.value().overlay().value();
    QCOMPARE(b.rows.platforms.size(), a.rows.platforms.size());
    for (std::size_t i = 0; i < a.rows.platforms.size(); ++i) {
        const PlatformEntry& x = a.rows.platforms[i];
        const PlatformEntry& y = b.rows.platforms[i];
        QCOMPARE(y.platform.id, x.platform.id);
        QCOMPARE(y.platform.name, x.platform.name);
        QCOMPARE(y.platform.memoryKind, x.platform.memoryKind);
        QCOMPARE(y.platform.vramGiB, x.platform.vramGiB);
        QCOMPARE(y.platform.bandwidthGBs, x.platform.bandwidthGBs);
        QCOMPARE(y.platform.fp16Tflops, x.platform.fp16Tflops);
        QCOMPARE(y.platform.loadWatts, x.platform.loadWatts);
        QCOMPARE(y.source.notes, x.source.notes);
        QCOMPARE(y.source.sourceDate, x.source.sourceDate);
    }
    QCOMPARE(b.rows.models.size(), std::size_t(1));
    QCOMPARE(b.rows.models[0].spec.totalParams, a.rows.models[0].spec.totalParams);
    QCOMPARE(b.rows.models[0].spec.kvGroups.size(), std::size_t(2));
    QCOMPARE(b.rows.models[0].spec.kvGroups[1].window, 1024);
    QCOMPARE(b.rows.models[0].spec.nativeContext, 131072);
    QCOMPARE(b.rows.prices.size(), std::size_t(2));
    QCOMPARE(b.rows.prices[1].source.source, QStringLiteral("https://example.org/shop"));
    QCOMPARE(b.rows.prices[1].usd, 2049.0);
}

void TestImportExport::testFormatFollowsTheExtension()
{
    QCOMPARE(dataFileFormat(QStringLiteral("a/b.JSON")).value(), DataFileFormat::Json);
    QCOMPARE(dataFileFormat(QStringLiteral("b.csv")).value(), DataFileFormat::Csv);
    QCOMPARE(dataFileFormat(QStringLiteral("b.xlsx")).error().code, ErrorCode::InvalidInput);
    auto unknownKey
        = parseUserData(QByteArrayLiteral("{\n\"platforms\": [\n{\"id\": \"x\", \"colour\": \"red\"}\n]\n}"),
                        DataFileFormat::Json, QStringLiteral("in.json"), m_catalog);
    QVERIFY(!unknownKey);
    QCOMPARE(unknownKey.error().detail, std::string("in.json:3: colour: is not a platform field"));
    auto badReference = parseUserData(QByteArrayLiteral("record,platform_id,usd,price_date,kind\n"
                                                        "price,nowhere,100,2026-01-01,street\n"),
                                      DataFileFormat::Csv, QStringLiteral("in.csv"), m_catalog);
    QVERIFY(!badReference);
    QCOMPARE(badReference.error().detail, std::string("in.csv:2: platform_id: no platform with id 'nowhere'"));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_import_export.moc"
