// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the first start opens on an answer, not on "Invalid input: choose at least one workload".
#include "ui/CatalogSource.h"
#include "ui/MainWindow.h"
#include "ui/PlanInputsPanel.h"
#include "ui/PlanPage.h"
#include "ui/TierCard.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

class TestFirstStart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testFirstStartShowsAnAnswer();
    void testSavedEmptyPlanOpensOnTheDefaultToo();
    void testSavedWorkloadsAreKept();

private:
    QString userDatabase() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }
    QTemporaryDir m_dir;
};

void TestFirstStart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFirstStart::testFirstStartShowsAnAnswer()
{
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("first.conf")), QSettings::IniFormat);
    MainWindow window(source, settings);
    window.show();
    // The guide's most common work, ticked for the person: the card answers instead of an error.
    QCOMPARE(window.planPage()->inputsPanel()->inputs().workloads, QStringList{QStringLiteral("coding-assistant")});
    auto* card = window.planPage()->findChild<TierCard*>(QStringLiteral("tierCard"));
    QVERIFY(card);
    QTRY_VERIFY2(card->answer().startsWith(QStringLiteral("Buy this: ")), qPrintable(card->answer()));
    QVERIFY2(!card->bodyText().contains(QStringLiteral("Invalid input")), qPrintable(card->bodyText()));
    QVERIFY2(!card->headline().contains(QStringLiteral("No recommendation")), qPrintable(card->headline()));
    // And it opens on most of the screen, not at the 1024 x 640 minimum.
    QVERIFY(window.width() > 1024 || window.height() > 640);
}

void TestFirstStart::testSavedEmptyPlanOpensOnTheDefaultToo()
{
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
    {
        MainWindow window(source, settings);
        PlanInputs none = window.planPage()->inputsPanel()->inputs();
        none.workloads.clear();
        window.planPage()->inputsPanel()->setInputs(none);
        window.close(); // saves the empty plan
    }
    MainWindow window(source, settings);
    QCOMPARE(window.planPage()->inputsPanel()->inputs().workloads, QStringList{QStringLiteral("coding-assistant")});
}

void TestFirstStart::testSavedWorkloadsAreKept()
{
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("kept.conf")), QSettings::IniFormat);
    {
        MainWindow window(source, settings);
        PlanInputs rag = window.planPage()->inputsPanel()->inputs();
        rag.workloads = {QStringLiteral("student-learning")};
        window.planPage()->inputsPanel()->setInputs(rag);
        window.close();
    }
    MainWindow window(source, settings);
    QCOMPARE(window.planPage()->inputsPanel()->inputs().workloads, QStringList{QStringLiteral("student-learning")});
}

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
