// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Connection.h"
#include "db/DataLocations.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "db/UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::db;

namespace {

PlatformEntry studio()
{
    PlatformEntry entry;
    entry.platform.id = "my_studio";
    entry.platform.name = "My Mac Studio";
    entry.platform.vendor = "Apple";
    entry.platform.memoryGiB = 96.0;
    entry.platform.bandwidthGBs = 819.0;
    entry.platform.loadWatts = 180.0;
    entry.softwareStacks = QStringLiteral("MLX;llama.cpp");
    return entry;
}

ModelEntry tinyModel()
{
    ModelEntry entry;
    entry.spec.id = "my_tiny";
    entry.spec.name = "My tiny model";
    entry.spec.totalParams = 1.5e9;
    entry.spec.activeParams = 1.5e9;
    entry.spec.kvGroups = {core::KvLayerGroup{20, 2, 64, 0, false}, core::KvLayerGroup{4, 2, 64, 1024, false}};
    return entry;
}

QStringList movedAsideFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("user.sqlite.unusable-*")}, QDir::Files);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestUserDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testDefaultPathIsInTestModeAppData();
    void testCreatesAMigratedWalDatabase();
    void testSavesUpdatesAndRemovesPlatforms();
    void testRejectsInvalidPlatformAndWritesNothing();
    void testPlatformAndPriceAreOneTransaction();
    void testSavesModelsWithTheirKvLayout();
    void testScenariosRoundTrip();
    void testUnusableDatabaseIsMovedAsideAndReported_data();
    void testUnusableDatabaseIsMovedAsideAndReported();
    void testTruncatedRealDatabaseIsMovedAside();

private:
    QTemporaryDir m_dir;
};

void TestUserDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUserDatabase::testDefaultPathIsInTestModeAppData()
{
    // Test mode points AppDataLocation at ~/.qttest, so no test touches the real user database.
    QVERIFY(userDatabasePath().contains(QStringLiteral(".qttest")));
    QVERIFY(userDatabasePath().endsWith(QStringLiteral("/user.sqlite")));
}

void TestUserDatabase::testCreatesAMigratedWalDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/user.sqlite"));
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    QVERIFY(user.value().recoveryMessage().isEmpty());
    QVERIFY(QFileInfo::exists(path));
    auto probe = Connection::open(path, Connection::Mode::ReadOnly);
    QVERIFY(probe);
    QCOMPARE(sql::userVersion(probe.value().database()).value(), latestSchemaVersion());
    QString mode;
    QVERIFY(
        sql::forEachRow(probe.value().database(), QStringLiteral("PRAGMA journal_mode"), {}, [&](const QSqlQuery& q) {
            mode = q.value(0).toString();
            return Result<void>(outcome::success());
        }));
    QCOMPARE(mode, QStringLiteral("wal"));
}

void TestUserDatabase::testSavesUpdatesAndRemovesPlatforms()
{
    const QString path = m_dir.filePath(QStringLiteral("platforms/user.sqlite"));
    {
        auto user = UserDatabase::open(path);
        QVERIFY(user);
        QVERIFY(user.value().savePlatform(studio()));
        PlatformEntry updated = studio();
        updated.platform.memoryGiB = 128.0;
        QVERIFY(user.value().savePlatform(updated));
        QVERIFY(user.value().setMyMachine(QStringLiteral("my_studio")));
        QVERIFY(user.value().savePrice(PricePoint{
            QStringLiteral("my_studio"), 3999.0, QStringLiteral("2026-04-01"), QStringLiteral("street"), {}, true}));
    }
    auto reopened = UserDatabase::open(path); // committed edits survive closing
    QVERIFY(reopened);
    auto overlay = reopened.value().overlay().value();
    QCOMPARE(overlay.rows.platforms.size(), std::size_t(1));
    QCOMPARE(overlay.rows.platforms[0].platform.memoryGiB, 128.0);
    QCOMPARE(overlay.rows.platforms[0].softwareStacks, QStringLiteral("MLX;llama.cpp"));
    QCOMPARE(overlay.rows.platforms[0].source.source, QStringLiteral("user"));
    QCOMPARE(overlay.rows.platforms[0].source.confirmation, Confirmation::Unconfirmed);
    QCOMPARE(overlay.myMachineId, std::optional<QString>(QStringLiteral("my_studio")));
    QCOMPARE(overlay.rows.prices.size(), std::size_t(1));
    QVERIFY(reopened.value().removePlatform(QStringLiteral("my_studio")));
    overlay = reopened.value().overlay().value();
    QVERIFY(overlay.rows.platforms.empty());
    QVERIFY(overlay.rows.prices.empty());
    QVERIFY(!overlay.myMachineId);
}

void TestUserDatabase::testRejectsInvalidPlatformAndWritesNothing()
{
    auto user = UserDatabase::open(m_dir.filePath(QStringLiteral("invalid/user.sqlite")));
    QVERIFY(user);
    PlatformEntry gpu = studio();
    gpu.platform.memoryKind = core::MemoryKind::Discrete; // no VRAM given
    auto saved = user.value().saveMyMachine(gpu);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(saved.error().detail, std::string("'my_studio': a discrete GPU needs its VRAM size"));
    PlatformEntry negative = studio();
    negative.platform.bandwidthGBs = -5.0;
    QCOMPARE(user.value().savePlatform(negative).error().code, ErrorCode::OutOfRange);
    QVERIFY(!user.value().setPriceOverride(QStringLiteral("my_studio"), -1.0));
    auto overlay = user.value().overlay().value();
    QVERIFY(overlay.rows.platforms.empty());
    QVERIFY(!overlay.myMachineId); // the transaction rolled back both writes
    QVERIFY(overlay.priceOverrides.empty());
}

void TestUserDatabase::testPlatformAndPriceAreOneTransaction()
{
    auto user = UserDatabase::open(m_dir.filePath(QStringLiteral("platform-price/user.sqlite")));
    QVERIFY(user);
    // The platform row is written first; the price then fails (over 10,000,000 USD): nothing stays.
    auto saved = user.value().savePlatform(studio(), 2e7);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::OutOfRange);
    auto mine = user.value().saveMyMachine(studio(), -1.0);
    QVERIFY(!mine);
    auto overlay = user.value().overlay().value();
    QVERIFY(overlay.rows.platforms.empty());
    QVERIFY(overlay.priceOverrides.empty());
    QVERIFY(!overlay.myMachineId);

    QVERIFY(user.value().savePlatform(studio(), 3999.0));
    overlay = user.value().overlay().value();
    QCOMPARE(overlay.rows.platforms.size(), std::size_t{1});
    QCOMPARE(overlay.priceOverrides.size(), std::size_t{1});
    QCOMPARE(overlay.priceOverrides[0].usd, 3999.0);
}

void TestUserDatabase::testSavesModelsWithTheirKvLayout()
{
    auto user = UserDatabase::open(m_dir.filePath(QStringLiteral("models/user.sqlite")));
    QVERIFY(user);
    QVERIFY(user.value().saveModel(tinyModel()));
    auto models = user.value().overlay().value().rows.models;
    QCOMPARE(models.size(), std::size_t(1));
    QCOMPARE(models[0].spec.totalParams, 1.5e9);
    QCOMPARE(models[0].spec.kvGroups.size(), std::size_t(2));
    QCOMPARE(models[0].spec.kvGroups[1].window, 1024);
    QVERIFY(models[0].userDefined);
    ModelEntry broken = tinyModel();
    broken.spec.activeParams = 2e9;
    QCOMPARE(user.value().saveModel(broken).error().detail,
             std::string("'my_tiny': active parameters exceed total parameters"));
    QVERIFY(user.value().removeModel(QStringLiteral("my_tiny")));
    QVERIFY(user.value().overlay().value().rows.models.empty());
}

void TestUserDatabase::testScenariosRoundTrip()
{
    auto user = UserDatabase::open(m_dir.filePath(QStringLiteral("scenarios/user.sqlite")));
    QVERIFY(user);
    SavedScenario saved;
    saved.name = QStringLiteral("Agents");
    saved.scenario.contextTokens = 65536;
    saved.scenario.sessions = 4;
    saved.scenario.kvType = core::KvCacheType::Q4_0;
    saved.scenario.headroom = 0.8;
    saved.workloads = {QStringLiteral("multi-agent")};
    QVERIFY(user.value().saveScenario(saved));
    auto list = user.value().scenarios().value();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].scenario.sessions, 4);
    QCOMPARE(list[0].scenario.kvType, core::KvCacheType::Q4_0);
    QCOMPARE(list[0].workloads, QStringList{QStringLiteral("multi-agent")});
    saved.scenario.headroom = 0.3; // outside 0.5-0.95
    QCOMPARE(user.value().saveScenario(saved).error().code, ErrorCode::OutOfRange);
    QVERIFY(user.value().removeScenario(QStringLiteral("Agents")));
    QVERIFY(user.value().scenarios().value().empty());
}

void TestUserDatabase::testUnusableDatabaseIsMovedAsideAndReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("these are my notes, not a database\n") << "it is not an SQLite database";
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18) << "it is truncated (18 bytes)";
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << "it is not an SQLite database";
}

void TestUserDatabase::testUnusableDatabaseIsMovedAsideAndReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    writeFile(path, content);
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(user.value().recovery());
    QCOMPARE(user.value().recovery()->reason, reason);
    const QStringList moved = movedAsideFiles(folder.path());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(user.value().recovery()->movedTo, folder.filePath(moved.first()));
    QFile old(user.value().recovery()->movedTo);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), content); // the user's bytes are kept, not deleted
    QVERIFY(user.value().recoveryMessage().contains(QStringLiteral("moved to")));
    QVERIFY(user.value().savePlatform(studio())); // and the fresh database works
}

void TestUserDatabase::testTruncatedRealDatabaseIsMovedAside()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    {
        auto user = UserDatabase::open(path);
        QVERIFY(user);
        for (int i = 0; i < 50; ++i) {
            PlatformEntry entry = studio();
            entry.platform.id = "box_" + std::to_string(i);
            entry.source.notes = QString(500, QLatin1Char('x'));
            QVERIFY(user.value().savePlatform(entry));
        }
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    QVERIFY(file.resize(size / 2));
    auto user = UserDatabase::open(path);
    QVERIFY(user);
    QVERIFY(user.value().recovery());
    QVERIFY2(user.value().recovery()->reason.startsWith(QStringLiteral("it is truncated")),
             qPrintable(user.value().recovery()->reason));
    QVERIFY(user.value().overlay().value().rows.platforms.empty());

    // An SQLite database of another program is not ours either.
    QTemporaryDir foreign;
    const QString foreignPath = foreign.filePath(QStringLiteral("user.sqlite"));
    {
        auto other = Connection::open(foreignPath, Connection::Mode::ReadWrite);
        QVERIFY(other);
        QVERIFY(sql::execute(other.value().database(), QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
    }
    auto reopened = UserDatabase::open(foreignPath);
    QVERIFY(reopened);
    QVERIFY(reopened.value().recovery());
    QCOMPARE(reopened.value().recovery()->reason,
             QStringLiteral("it is another program's database (no LocalRig schema version)"));
}

QTEST_GUILESS_MAIN(TestUserDatabase)
#include "tst_user_database.moc"
