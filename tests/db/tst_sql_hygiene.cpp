// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQL only through bound parameters: no statement in db/ (or the catalog commands) is built from strings.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kKeywords
    = QStringLiteral("SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WHERE|VALUES|FROM|ORDER BY|LIMIT");

// Places where SQL text meets string building: a literal holding SQL followed by +, % or .arg(, or
// a + / % followed by a literal that continues a statement.
QStringList stringBuiltSql(const QString& source)
{
    static const QRegularExpression literalThenBuild(
        QStringLiteral("\"(?:[^\"\\\\\\n]|\\\\.)*\\b(?:%1)\\b(?:[^\"\\\\\\n]|\\\\.)*\"\\s*\\)?\\s*(?:\\+|%|\\.arg\\()")
            .arg(kKeywords));
    static const QRegularExpression buildThenLiteral(
        QStringLiteral("(?:\\+|%)\\s*(?:QStringLiteral\\(|QLatin1String\\()?\"\\s*(?:%1|AND|OR|SET)\\b")
            .arg(kKeywords));
    QStringList hits;
    for (const QRegularExpression* pattern : {&literalThenBuild, &buildThenLiteral}) {
        auto matches = pattern->globalMatch(source);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const int line = static_cast<int>(source.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
            hits.append(QStringLiteral("line %1: %2").arg(line).arg(match.captured().simplified()));
        }
    }
    return hits;
}

} // namespace

class TestSqlHygiene final : public QObject
{
    Q_OBJECT

private slots:
    void testDetectorFindsStringBuiltSql_data();
    void testDetectorFindsStringBuiltSql();
    void testNoStringBuiltSqlInSources();
};

void TestSqlHygiene::testDetectorFindsStringBuiltSql_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("hits");
    QTest::newRow("concatenated id") << R"(q.exec("SELECT * FROM model WHERE id = '" + id + "'");)" << 1;
    QTest::newRow("arg into SQL") << R"(QStringLiteral("DELETE FROM price WHERE platform_id = '%1'").arg(id))" << 1;
    QTest::newRow("appended clause") << R"(statement += QStringLiteral(" WHERE name = ") % name;)" << 1;
    QTest::newRow("bound parameter") << R"(sql::execute(db, QStringLiteral("DELETE FROM price WHERE id = ?"), {id});)"
                                     << 0;
    QTest::newRow("message, not SQL") << R"(makeError(code, "cannot open " + path + ": " + reason);)" << 0;
}

void TestSqlHygiene::testDetectorFindsStringBuiltSql()
{
    QFETCH(QString, code);
    QFETCH(int, hits);
    QCOMPARE(stringBuiltSql(code).size(), hits);
}

void TestSqlHygiene::testNoStringBuiltSqlInSources()
{
    const QDir root(QStringLiteral(LOCALRIG_SOURCE_DIR));
    QStringList files;
    QDirIterator it(root.filePath(QStringLiteral("db")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    for (const char* command : {"app/CatalogCommand.cpp", "app/ImportCommand.cpp", "app/ExportCommand.cpp"}) {
        files.append(root.filePath(QLatin1String(command)));
    }
    QVERIFY(files.size() > 10);
    QStringList offenders;
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        for (const QString& hit : stringBuiltSql(QString::fromUtf8(file.readAll()))) {
            offenders.append(root.relativeFilePath(path) + QLatin1Char(' ') + hit);
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSqlHygiene)
#include "tst_sql_hygiene.moc"
