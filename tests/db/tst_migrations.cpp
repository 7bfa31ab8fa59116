// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Connection.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "db/UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::db;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/") + name;
}

// Creates a database file from an SQL fixture, as an earlier LocalRig would have left it.
void createFromScript(const QString& path, const QString& scriptPath)
{
    QFile script(scriptPath);
    QVERIFY(script.open(QIODevice::ReadOnly));
    auto connection = Connection::open(path, Connection::Mode::ReadWrite);
    QVERIFY(connection);
    for (const QString& statement : sql::splitScript(QString::fromUtf8(script.readAll()))) {
        auto done = sql::execute(connection.value().database(), statement);
        QVERIFY2(done, done ? "" : done.error().detail.c_str());
    }
}

int count(const QSqlDatabase& database, const QString& statement)
{
    int value = -1;
    auto done = sql::forEachRow(database, statement, {}, [&](const QSqlQuery& q) {
        value = q.value(0).toInt();
        return Result<void>(outcome::success());
    });
    return done ? value : -1;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testMigrationsAreNumberedInOrder();
    void testEveryMigrationFileIsEmbedded();
    void testFreshDatabaseReachesLatestVersion();
    void testMigratesStepByStep();
    void testUpgradesVersion1KeepingEveryUserRow();
    void testUpgradesVersion2KeepingEveryUserRow();
    void testUpgradesVersion3KeepingEveryUserRow();
    void testUpgradesVersion4KeepingEveryUserRow();
    void testRefusesNewerSchema();
    void testSplitScriptIgnoresSemicolonsInCommentsAndQuotes();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMigrations::testMigrationsAreNumberedInOrder()
{
    auto migrations = embeddedMigrations();
    QVERIFY(migrations);
    QCOMPARE(migrations.value().size(), std::size_t(10));
    QCOMPARE(migrations.value()[0].fileName, QStringLiteral("0001_catalog.sql"));
    QCOMPARE(migrations.value()[1].fileName, QStringLiteral("0002_user_tables.sql"));
    QCOMPARE(migrations.value()[2].fileName, QStringLiteral("0003_catalog_meta.sql"));
    QCOMPARE(migrations.value()[3].fileName, QStringLiteral("0004_measurement.sql"));
    for (std::size_t i = 0; i < migrations.value().size(); ++i) {
        QCOMPARE(migrations.value()[i].version, static_cast<int>(i) + 1);
    }
    QCOMPARE(latestSchemaVersion(), 10);
}

void TestMigrations::testEveryMigrationFileIsEmbedded()
{
    const QStringList files = QDir(QStringLiteral(LOCALRIG_SOURCE_DIR "/db/migrations"))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    auto migrations = embeddedMigrations();
    QVERIFY(migrations);
    QStringList embedded;
    for (const Migration& migration : migrations.value()) {
        embedded.append(migration.fileName);
    }
    QCOMPARE(embedded, files); // a new .sql file must also be listed in db/migrations.qrc
}

void TestMigrations::testFreshDatabaseReachesLatestVersion()
{
    auto connection = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    const QSqlDatabase database = connection.value().database();
    auto reached = migrate(database);
    QVERIFY(reached);
    QCOMPARE(reached.value(), 10);
    QCOMPARE(sql::userVersion(database).value(), 10);
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                  "('model', 'platform', 'price', 'my_machine', 'price_override', "
                                  "'saved_scenario', 'catalog_meta', 'measurement', 'host_build', "
                                  "'host_build_part')")),
             10);
    // Running again changes nothing.
    QCOMPARE(migrate(database).value(), 10);
}

void TestMigrations::testMigratesStepByStep()
{
    auto connection = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    const QSqlDatabase database = connection.value().database();
    QCOMPARE(migrate(database, 1).value(), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'my_machine'")), 0);
    QCOMPARE(migrate(database, 2).value(), 2);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'my_machine'")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'catalog_meta'")), 0);
    QCOMPARE(migrate(database, 3).value(), 3);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'catalog_meta'")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'measurement'")), 0);
    QCOMPARE(migrate(database, 4).value(), 4);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'measurement'")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'host_build'")), 0);
    QCOMPARE(migrate(database, 5).value(), 5);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'host_build'")), 1);
    QCOMPARE(migrate(database).value(), 10);
    // Schema 10 (issue 18): the shapes fine-tuning memory needs.
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'model_training_shape'")),
             1);
    // Schema 9 (issue 17): the multi-GPU builds; schema 8 gave machines their short names.
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'multi_gpu_build'")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cluster'")), 1);
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('platform') "
                                  "WHERE name = 'availability'")),
             1);
}

void TestMigrations::testUpgradesVersion1KeepingEveryUserRow()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    createFromScript(path, fixture(QStringLiteral("user_v1.sql")));
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    auto overlay = user.value().overlay();
    QVERIFY(overlay);
    const CatalogData& rows = overlay.value().rows;
    QCOMPARE(rows.platforms.size(), std::size_t(1));
    QCOMPARE(rows.platforms[0].platform.name, std::string("My Ryzen box"));
    QCOMPARE(rows.platforms[0].platform.vramGiB, 24.0);
    QCOMPARE(rows.platforms[0].source.notes, QStringLiteral("bought used"));
    QCOMPARE(rows.models.size(), std::size_t(1));
    QCOMPARE(rows.models[0].spec.totalParams, 8.03e9);
    QCOMPARE(rows.models[0].spec.kvGroups.size(), std::size_t(1));
    QCOMPARE(rows.models[0].spec.kvGroups[0].layers, 32);
    QCOMPARE(rows.prices.size(), std::size_t(1));
    QCOMPARE(rows.prices[0].usd, 1450.0);
    // The new tables exist and work after the upgrade.
    QVERIFY(user.value().setMyMachine(QStringLiteral("my_box")));
    QCOMPARE(user.value().myMachineId().value(), std::optional<QString>(QStringLiteral("my_box")));
}

void TestMigrations::testUpgradesVersion2KeepingEveryUserRow()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    createFromScript(path, fixture(QStringLiteral("user_v2.sql")));
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    auto overlay = user.value().overlay();
    QVERIFY(overlay);
    QCOMPARE(overlay.value().rows.platforms.size(), std::size_t(1));
    QCOMPARE(overlay.value().rows.models.size(), std::size_t(1));
    QCOMPARE(overlay.value().rows.prices.size(), std::size_t(1));
    QCOMPARE(overlay.value().myMachineId, std::optional<QString>(QStringLiteral("my_box")));
    QCOMPARE(overlay.value().priceOverrides.size(), std::size_t(1));
    QCOMPARE(overlay.value().priceOverrides[0].usd, 1799.0);
    QCOMPARE(overlay.value().priceOverrides[0].note, QStringLiteral("local shop"));
    auto scenarios = user.value().scenarios();
    QVERIFY(scenarios);
    QCOMPARE(scenarios.value().size(), std::size_t(1));
    const SavedScenario& saved = scenarios.value()[0];
    QCOMPARE(saved.name, QStringLiteral("Work laptop"));
    QCOMPARE(saved.scenario.contextTokens, 32768);
    QCOMPARE(saved.scenario.sessions, 2);
    QCOMPARE(saved.scenario.kvType, core::KvCacheType::Q8_0);
    QCOMPARE(saved.scenario.headroom, 0.7);
    QCOMPARE(saved.workloads, (QStringList{QStringLiteral("coding-assistant"), QStringLiteral("rag")}));
    QCOMPARE(saved.settingsJson, QStringLiteral("{\"budget_usd\": 2500}"));
}

void TestMigrations::testUpgradesVersion3KeepingEveryUserRow()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    createFromScript(path, fixture(QStringLiteral("user_v3.sql")));
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    auto probe = Connection::open(path, Connection::Mode::ReadOnly);
    QVERIFY(probe);
    QCOMPARE(sql::userVersion(probe.value().database()).value(), latestSchemaVersion());
    auto overlay = user.value().overlay();
    QVERIFY(overlay);
    const CatalogData& rows = overlay.value().rows;
    QCOMPARE(rows.platforms.size(), std::size_t(1));
    QCOMPARE(rows.models.size(), std::size_t(1));
    QCOMPARE(rows.prices.size(), std::size_t(1));
    QCOMPARE(rows.fileSizes.size(), std::size_t(1));
    QCOMPARE(rows.fileSizes[0].bytes, 4.92e9);
    QCOMPARE(rows.fileSizes[0].source.notes, QStringLiteral("read from my-finetune.Q4_K_M.gguf"));
    QCOMPARE(overlay.value().myMachineId, std::optional<QString>(QStringLiteral("my_box")));
    QCOMPARE(overlay.value().priceOverrides.size(), std::size_t(1));
    QCOMPARE(user.value().scenarios().value().size(), std::size_t(1));
    // Schema 4's table is there and empty: the user has measured nothing yet.
    QVERIFY(rows.measurements.empty());
    QCOMPARE(count(probe.value().database(), QStringLiteral("SELECT COUNT(*) FROM measurement")), 0);
}

// Schema 5 adds the host-PC builds and schema 6 the platforms' availability; a version-4 user database
// (built here by migrating to 4 and adding a user platform and a measurement) keeps its rows, gains the two
// empty tables, and its platform counts as buyable.
void TestMigrations::testUpgradesVersion4KeepingEveryUserRow()
{
    const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(connection);
        const QSqlDatabase database = connection.value().database();
        QCOMPARE(migrate(database, 4).value(), 4);
        QVERIFY(sql::execute(database,
                             QStringLiteral("INSERT INTO platform (id, name, memory_kind, backend, memory_gb, vram_gb, "
                                            "bandwidth_gbs, confirmed, source, source_date) VALUES ('my_box', "
                                            "'My box', 'discrete', 'cuda', 64, 24, 936, 'no', 'user', '2026-11')")));
        QVERIFY(sql::execute(database,
                             QStringLiteral("INSERT INTO measurement (model_id, quant_id, platform_id, "
                                            "backend, tg_tps, confirmed, source, source_date) VALUES "
                                            "('llama3_8b', 'q4_k_m', 'my_box', 'cuda', 110, 'no', 'user', "
                                            "'2026-11')")));
    }
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    auto probe = Connection::open(path, Connection::Mode::ReadOnly);
    QVERIFY(probe);
    QCOMPARE(sql::userVersion(probe.value().database()).value(), 10);
    auto overlay = user.value().overlay();
    QVERIFY(overlay);
    const CatalogData& rows = overlay.value().rows;
    QCOMPARE(rows.platforms.size(), std::size_t(1));
    QCOMPARE(rows.platforms[0].platform.bandwidthGBs, 936.0);
    QCOMPARE(rows.platforms[0].availability, QStringLiteral("buyable"));
    QCOMPARE(rows.measurements.size(), std::size_t(1));
    QCOMPARE(rows.measurements[0].decodeTps, 110.0);
    QVERIFY(rows.hostBuilds.empty());
    QVERIFY(rows.hostBuildParts.empty());
    QCOMPARE(count(probe.value().database(), QStringLiteral("SELECT COUNT(*) FROM host_build_part")), 0);
}

void TestMigrations::testRefusesNewerSchema()
{
    auto connection = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    const QSqlDatabase database = connection.value().database();
    QVERIFY(sql::execute(database, QStringLiteral("PRAGMA user_version = 99")));
    auto reached = migrate(database);
    QVERIFY(!reached);
    QCOMPARE(reached.error().code, ErrorCode::CorruptCatalog);
    QVERIFY(reached.error().detail.find("newer") != std::string::npos);
}

void TestMigrations::testSplitScriptIgnoresSemicolonsInCommentsAndQuotes()
{
    const auto statements
        = sql::splitScript(QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
                                          "INSERT INTO t VALUES ('it''s; fine');\n\n-- trailing comment;\n"));
    QCOMPARE(statements.size(), std::size_t(2));
    QCOMPARE(statements[0], QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y')"));
    QCOMPARE(statements[1], QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
