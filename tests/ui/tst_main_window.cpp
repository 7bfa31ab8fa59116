// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CatalogSource.h"
#include "ui/ComparePage.h"
#include "ui/GuidePage.h"
#include "ui/HardwarePage.h"
#include "ui/MainWindow.h"
#include "ui/ModelsPage.h"
#include "ui/PlanInputsPanel.h"
#include "ui/PlanPage.h"
#include "ui/TierCard.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

// The whole window on the real shipped catalog, with a user database and settings of the test's own.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testCodingAssistantShowsThe48GbTier();
    void testAddedMachinePersistsAcrossRestart();
    void testScenarioIsRestored();
    void testPagesAreBuiltOnFirstShow();

private:
    QString userDatabase() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::testCodingAssistantShowsThe48GbTier()
{
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
    MainWindow window(source, settings);
    window.resize(1280, 800);
    window.show();
    auto* list = window.findChild<QListView*>(QStringLiteral("workloadListView"));
    QVERIFY(list);
    QModelIndex coding;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(Qt::DisplayRole).toString() == QStringLiteral("Coding assistant")) {
            coding = index;
        }
    }
    QVERIFY(coding.isValid());
    list->model()->setData(coding, Qt::Checked, Qt::CheckStateRole);
    // Qwen3.6-35B-A3B Q4_K_M, 2 sessions x 128K: 25.5 GiB footprint -> 33.9 GiB at the 0.75 line, past
    // 32 GB: the guide's 48 GB row, Tier 2.
    // The Plan page's card (the Compare page shows all four tiers as cards too).
    auto* card = window.planPage()->findChild<TierCard*>(QStringLiteral("tierCard"));
    QTRY_COMPARE(card->headline(), QStringLiteral("Tier 2 · 32–48 GB · Best value"));
    QVERIFY2(card->bodyText().contains(QStringLiteral("Qwen3.6-35B-A3B · 128K tokens × 2")),
             qPrintable(card->bodyText()));
    // The card states the answer: a complete machine to buy, with its price.
    QVERIFY2(card->answer().startsWith(QStringLiteral("Buy this: ")), qPrintable(card->answer()));
}

void TestMainWindow::testAddedMachinePersistsAcrossRestart()
{
    core::Platform mine;
    mine.id = "my_test_box";
    mine.name = "My test box";
    mine.vendor = "Generic";
    mine.formFactor = "desktop";
    mine.memoryKind = core::MemoryKind::Unified;
    mine.backend = core::Backend::Vulkan;
    mine.memoryGiB = 96;
    mine.bandwidthGBs = 256;
    mine.priceUsd = 1234;
    {
        CatalogSource source;
        QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
        QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        MainWindow window(source, settings);
        const auto before = source.data().platforms.size();
        auto saved = source.savePlatform(mine); // what the Add my machine dialog calls on Save
        QVERIFY2(saved, saved ? "" : saved.error().detail.c_str());
        QCOMPARE(source.data().platforms.size(), before + 1);
    }
    // A new window on a new source, as after quitting and starting again.
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
    MainWindow window(source, settings);
    const core::Platform* found = source.data().platform("my_test_box");
    QVERIFY(found);
    QCOMPARE(found->memoryGiB, 96.0);
    QCOMPARE(found->priceUsd.value(), 1234.0);
    QVERIFY(!window.findChild<QTableView*>(QStringLiteral("platformsTableView"))); // built on first show
    window.showPage(MainWindow::Hardware);
    auto* table = window.findChild<QTableView*>(QStringLiteral("platformsTableView"));
    QVERIFY(table);
    QVERIFY(
        !table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("My test box")).isEmpty());
}

void TestMainWindow::testScenarioIsRestored()
{
    const QString file = m_dir.filePath(QStringLiteral("c.conf"));
    {
        CatalogSource source;
        QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
        QSettings settings(file, QSettings::IniFormat);
        MainWindow window(source, settings);
        PlanInputs inputs = window.planPage()->inputsPanel()->inputs();
        inputs.workloads = {QStringLiteral("rag")};
        inputs.apiUsdPerMonth = 150.0;
        window.planPage()->inputsPanel()->setInputs(inputs);
        window.close(); // saves the session
    }
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(file, QSettings::IniFormat);
    MainWindow window(source, settings);
    QCOMPARE(window.planPage()->calculator()->inputs().workloads, QStringList{QStringLiteral("rag")});
    QCOMPARE(window.planPage()->calculator()->inputs().apiUsdPerMonth, 150.0);
}

// Issue 19: the window opens with the Plan page only; every other page is built when it is first shown
// (from the page list or the View menu) or first asked for, and built once.
void TestMainWindow::testPagesAreBuiltOnFirstShow()
{
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), userDatabase()));
    QSettings settings(m_dir.filePath(QStringLiteral("d.conf")), QSettings::IniFormat);
    MainWindow window(source, settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.planPage());
    QVERIFY(!window.findChild<ComparePage*>());
    QVERIFY(!window.findChild<ModelsPage*>());
    QVERIFY(!window.findChild<HardwarePage*>());
    QVERIFY(!window.findChild<GuidePage*>());

    auto* pages = window.findChild<QListWidget*>(QStringLiteral("pageListWidget"));
    QVERIFY(pages);
    pages->setCurrentRow(MainWindow::Guide);
    auto* guide = window.findChild<GuidePage*>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(!window.findChild<ModelsPage*>());

    auto* models = window.page<ModelsPage>(MainWindow::Models); // asked for, not shown
    QVERIFY(models);
    QCOMPARE(window.page<ModelsPage>(MainWindow::Models), models); // built once
    QVERIFY(models->findChild<QTableView*>(QStringLiteral("modelsTableView"))->model()->rowCount() > 0);
    window.showPage(MainWindow::Compare);
    QVERIFY(window.findChild<ComparePage*>());
    QCOMPARE(window.findChildren<GuidePage*>().size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
