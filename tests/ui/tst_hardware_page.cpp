// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandWorkedSpeed.h"
#include "HardwareFixture.h"
#include "ItemTexts.h"
#include "RecordingStore.h"
#include "ui/BuyerWording.h"
#include "ui/CatalogData.h"
#include "ui/HardwarePage.h"
#include "ui/PlatformCatalogModel.h"
#include "ui/PlatformDetailsPanel.h"
#include "ui/PlatformFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace localrig;

class TestHardwarePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void testModelShowsFiguresAndMissingOnes();
    void testFilterBySearchVendorMemoryAndFormFactor();
    void testSortByMemoryUsesRawValue();
    void testDetailsShowPriceHistoryAndComfortableModels();
    void testComfortableButSlowIsNotGreen();
    void testMachineNamesAreNotCut();
    void testWithoutStoreActionsAreDisabled();
    void testDeleteOnlyForUserMachines();
    void testAddMachineSavesThroughStore();
    void testEditPriceSetsOverride();
    void testPriceDateAndStaleMark();
};

void TestHardwarePage::testModelShowsFiguresAndMissingOnes()
{
    ui::PlatformCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(test::hardwareCatalog());
    using M = ui::PlatformCatalogModel;
    const int mac = model.rowOf("mac_48");
    QCOMPARE(model.index(mac, M::Memory).data().toString(), QStringLiteral("48.0 GB"));
    QCOMPARE(model.index(mac, M::Memory).data(M::SortRole).toDouble(), 48.0);
    QCOMPARE(model.index(mac, M::Bandwidth).data().toString(), QStringLiteral("273 GB/s"));
    QVERIFY(model.index(mac, M::Bandwidth).data(Qt::ToolTipRole).toString().contains(u"2024-11"));
    QCOMPARE(model.index(mac, M::Price).data(M::SortRole).toDouble(), 1999.0);
    QVERIFY(model.index(mac, M::Price).data(Qt::ToolTipRole).toString().contains(u"https://shop.example/deal"));
    // Not published: a dash, no sort value, and a tooltip that says so.
    QCOMPARE(model.index(mac, M::LoadWatts).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(mac, M::LoadWatts).data(M::SortRole).isValid());
    QVERIFY(model.index(mac, M::LoadWatts).data(Qt::ToolTipRole).toString().contains(u"Not published"));
    QCOMPARE(model.index(mac, M::Fp16Tflops).data().toString(), QStringLiteral("—"));
    const int rtx = model.rowOf("rtx_24");
    QCOMPARE(model.index(rtx, M::Vram).data().toString(), QStringLiteral("24.0 GB"));
    QCOMPARE(model.index(rtx, M::Fp16Tflops).data().toString(), QStringLiteral("330.3 TFLOPS"));
    QCOMPARE(model.index(rtx, M::LoadWatts).data().toString(), QStringLiteral("450 W"));
    QCOMPARE(model.index(rtx, M::FormFactor).data().toString(), QStringLiteral("Desktop"));
}

void TestHardwarePage::testFilterBySearchVendorMemoryAndFormFactor()
{
    ui::PlatformCatalogModel model;
    model.setCatalog(test::hardwareCatalog());
    ui::PlatformFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ui::PlatformCatalogModel::Name);
    proxy.setSearchText(QStringLiteral("mac"));
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Name),
             (QStringList{QStringLiteral("Mac 48GB"), QStringLiteral("Mac 8GB")}));
    proxy.setSearchText(QString());
    proxy.setVendor(QStringLiteral("NVIDIA"));
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Name), QStringList{QStringLiteral("RTX 24GB")});
    proxy.setVendor(QString());
    // At least 32 GB for models: the RTX's 24 GB of VRAM counts, not its 64 GB of system RAM.
    proxy.setMinimumMemoryGiB(32.0);
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Name),
             (QStringList{QStringLiteral("Mac 48GB"), QStringLiteral("My box"), QStringLiteral("Strix 128GB")}));
    proxy.setMinimumMemoryGiB(std::nullopt);
    proxy.setFormFactor(QStringLiteral("desktop"));
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Name),
             (QStringList{QStringLiteral("My box"), QStringLiteral("RTX 24GB")}));
}

void TestHardwarePage::testSortByMemoryUsesRawValue()
{
    ui::PlatformCatalogModel model;
    model.setCatalog(test::hardwareCatalog());
    ui::PlatformFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ui::PlatformCatalogModel::Memory, Qt::AscendingOrder);
    // As text, "128.0 GB" < "32.0 GB" < "8.0 GB"; as GiB, 8 < 32 < 48 < 64 < 128.
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Memory),
             (QStringList{QStringLiteral("8.0 GB"), QStringLiteral("32.0 GB"), QStringLiteral("48.0 GB"),
                          QStringLiteral("64.0 GB"), QStringLiteral("128.0 GB")}));
    // Unpublished prices sort after every published one.
    proxy.sort(ui::PlatformCatalogModel::Price, Qt::AscendingOrder);
    QCOMPARE(test::columnTexts(proxy, ui::PlatformCatalogModel::Name).mid(0, 2),
             (QStringList{QStringLiteral("RTX 24GB"), QStringLiteral("Mac 48GB")}));
}

void TestHardwarePage::testDetailsShowPriceHistoryAndComfortableModels()
{
    test::RecordingStore store;
    ui::HardwarePage page(test::hardwareCatalog(), &store);
    page.resize(1280, 800);
    page.show();
    page.selectPlatform("mac_48");
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("platformMemoryValueLabel"))->text(),
             QStringLiteral("48.0 GB unified memory"));
    auto* prices = page.findChild<QTreeWidget*>(QStringLiteral("priceHistoryTreeWidget"));
    QCOMPARE(test::treeColumnTexts(*prices, ui::PlatformDetailsPanel::PriceDate),
             (QStringList{QStringLiteral("2025-06"), QStringLiteral("2024-10")}));
    QCOMPARE(test::treeColumnTexts(*prices, ui::PlatformDetailsPanel::PriceKind),
             (QStringList{QStringLiteral("street"), QStringLiteral("launch")}));
    // Q4_K_M at 8K under 0.75 x 48 = 36 GiB: Phi-4 10.4 GiB and the MoE 21.0 GiB run comfortably;
    // Llama 70B (70e9*4.85/8 = 39.5 GiB of weights) does not. Largest first.
    auto* runs = page.findChild<QTreeWidget*>(QStringLiteral("runsComfortablyTreeWidget"));
    QCOMPARE(test::treeColumnTexts(*runs, ui::PlatformDetailsPanel::RunsModel),
             (QStringList{QStringLiteral("Mixture 35B-A3B"), QStringLiteral("Phi-4")}));
    QCOMPARE(runs->topLevelItem(1)->text(ui::PlatformDetailsPanel::RunsNeeds), QStringLiteral("10.4 GB"));
    QCOMPARE(runs->topLevelItem(1)->text(ui::PlatformDetailsPanel::RunsDecode),
             test::metalDenseBand(8.911875e9, 1.6777216e9, 40, 273e9));
    // Search narrows the table by typed text.
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("platformSearchLineEdit")), QStringLiteral("strix"));
    QTRY_COMPARE(page.findChild<QTableView*>(QStringLiteral("platformsTableView"))->model()->rowCount(), 1);
    QTRY_COMPARE(page.selectedPlatformId(), std::string("strix_128"));
}

void TestHardwarePage::testComfortableButSlowIsNotGreen()
{
    ui::HardwarePage page(test::hardwareCatalog(), nullptr);
    page.resize(1280, 800);
    page.show();
    page.selectPlatform("strix_128");
    // Llama 70B Q4_K_M: ~40 GiB, under 0.75 x 128 GiB, but ~42e9 B a token over 256 GB/s is about 4 tokens/s:
    // a comfortable fit that is too slow (issue 14: "LLaMA 65B at 3.9 tokens/s Comfortable in green").
    auto* runs = page.findChild<QTreeWidget*>(QStringLiteral("runsComfortablyTreeWidget"));
    const auto llama = runs->findItems(QStringLiteral("Llama 70B"), Qt::MatchExactly);
    QCOMPARE(llama.size(), 1);
    QCOMPARE(llama.front()->text(ui::PlatformDetailsPanel::RunsVerdict), QStringLiteral("Slow · Comfortable"));
    const bool dark = page.palette().color(QPalette::Window).lightness() < 128;
    QCOMPARE(llama.front()->foreground(ui::PlatformDetailsPanel::RunsVerdict).color(),
             ui::BuyerWording::verdictColor(core::BuyerVerdict::Slow, dark));
    QVERIFY(llama.front()->toolTip(ui::PlatformDetailsPanel::RunsVerdict).contains(QStringLiteral("10 tokens/s")));
    // Phi-4 on the same machine is fast: Great, in the Great colour.
    const auto phi = runs->findItems(QStringLiteral("Phi-4"), Qt::MatchExactly);
    QCOMPARE(phi.front()->text(ui::PlatformDetailsPanel::RunsVerdict), QStringLiteral("Great · Comfortable"));
}

void TestHardwarePage::testMachineNamesAreNotCut()
{
    ui::CatalogData catalog = test::hardwareCatalog();
    const QString longName = QStringLiteral("MacBook Pro 14-inch (M4 Pro, 2024) with a very long catalog name 48GB");
    catalog.platforms.front().name = longName.toStdString();
    ui::HardwarePage page(catalog, nullptr);
    page.resize(1024, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<QTableView*>(QStringLiteral("platformsTableView"));
    QVERIFY(view);
    QCOMPARE(view->textElideMode(), Qt::ElideRight);
    QVERIFY(view->wordWrap());
    // Every name fits its cell, on one line or wrapped onto more: nothing is elided.
    const int width = view->columnWidth(ui::PlatformCatalogModel::Name) - 8;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, ui::PlatformCatalogModel::Name).data().toString();
        const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, name);
        QVERIFY2(needed.height() <= view->rowHeight(row),
                 qPrintable(QStringLiteral("%1: %2 px tall in a %3 px row")
                                .arg(name)
                                .arg(needed.height())
                                .arg(view->rowHeight(row))));
    }
}

void TestHardwarePage::testWithoutStoreActionsAreDisabled()
{
    ui::HardwarePage page(test::hardwareCatalog(), nullptr);
    page.selectPlatform("mac_48");
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addMachinePushButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("editPricePushButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("editPlatformPushButton"))->isEnabled());
}

void TestHardwarePage::testDeleteOnlyForUserMachines()
{
    test::RecordingStore store;
    ui::HardwarePage page(test::hardwareCatalog(), &store);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removePlatformPushButton"));
    page.selectPlatform("mac_48");
    QVERIFY(!remove->isEnabled());
    page.selectPlatform("my_box");
    QVERIFY(remove->isEnabled());
    QSignalSpy edited(&page, &ui::HardwarePage::catalogEdited);
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    remove->click();
    QCOMPARE(store.removed, std::vector<std::string>{"my_box"});
    QCOMPARE(edited.count(), 1);
}

void TestHardwarePage::testAddMachineSavesThroughStore()
{
    test::RecordingStore store;
    ui::HardwarePage page(test::hardwareCatalog(), &store);
    page.show();
    QSignalSpy edited(&page, &ui::HardwarePage::catalogEdited);
    QTimer::singleShot(0, this, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Desk AI"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vendorLineEdit")), QStringLiteral("Framework"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("memoryLineEdit")), QStringLiteral("128"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bandwidthLineEdit")), QStringLiteral("256"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("loadWattsLineEdit")), QStringLiteral("140"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"));
        QVERIFY(save->isEnabled());
        save->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("addMachinePushButton"))->click();
    QCOMPARE(store.saved.size(), std::size_t(1));
    QCOMPARE(store.saved.front().id, std::string("my_desk_ai"));
    QCOMPARE(store.saved.front().memoryGiB, 128.0);
    QCOMPARE(edited.count(), 1);
    // After the main window reloads, the new machine is the selected one.
    ui::CatalogData reloaded = test::hardwareCatalog();
    reloaded.platforms.push_back(store.saved.front());
    page.setCatalog(reloaded);
    QCOMPARE(page.selectedPlatformId(), std::string("my_desk_ai"));
}

void TestHardwarePage::testEditPriceSetsOverride()
{
    test::RecordingStore store;
    ui::HardwarePage page(test::hardwareCatalog(), &store);
    page.show();
    page.selectPlatform("rtx_24");
    QTimer::singleShot(0, this, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("vendorLineEdit"))); // price only
        auto* price = dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        QCOMPARE(price->text(), QStringLiteral("1599"));
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("1449.99"));
        dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("editPricePushButton"))->click();
    QCOMPARE(store.prices.size(), std::size_t(1));
    QCOMPARE(store.prices.front().first, std::string("rtx_24"));
    QCOMPARE(store.prices.front().second, 1449.99);
    QVERIFY(store.saved.empty());
}

// Issue 19: each machine's price carries its date; a price older than six months (CatalogData::stalePrices,
// from db/PriceAge.h) is marked stale in the table and the details; an announced machine says it has no price.
void TestHardwarePage::testPriceDateAndStaleMark()
{
    ui::CatalogData catalog = test::hardwareCatalog();
    catalog.platforms[1].priceDate = "2025-06"; // mac_48
    catalog.platforms[2].priceDate = "2026-11"; // rtx_24
    catalog.stalePrices.insert("mac_48");
    core::Platform next = test::hardwareMachine("next_box", "Next box", "AMD", "mini", core::Backend::Vulkan, 128, 256);
    catalog.platforms.push_back(next);
    catalog.availability["next_box"] = QStringLiteral("announced");
    catalog.availability["mac_48"] = QStringLiteral("buyable");

    ui::PlatformCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog);
    using M = ui::PlatformCatalogModel;
    QCOMPARE(model.headerData(M::PriceDate, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Price date"));
    const int mac = model.rowOf("mac_48");
    QCOMPARE(model.index(mac, M::PriceDate).data().toString(), QStringLiteral("2025-06 (stale)"));
    QCOMPARE(model.index(mac, M::PriceDate).data(M::SortRole).toString(), QStringLiteral("2025-06"));
    QVERIFY(model.index(mac, M::Price).data(Qt::ToolTipRole).toString().contains(u"Stale"));
    QVERIFY(model.index(mac, M::Price).data(Qt::ToolTipRole).toString().contains(u"2025-06"));
    const int rtx = model.rowOf("rtx_24");
    QCOMPARE(model.index(rtx, M::PriceDate).data().toString(), QStringLiteral("2026-11"));
    QVERIFY(!model.index(rtx, M::Price).data(Qt::ToolTipRole).toString().contains(u"Stale"));
    const int announced = model.rowOf("next_box");
    QCOMPARE(model.index(announced, M::Price).data().toString(), QStringLiteral("announced, no price"));
    QVERIFY(!model.index(announced, M::Price).data(M::SortRole).isValid()); // sorts after every price
    QCOMPARE(model.index(model.rowOf("strix_128"), M::Price).data().toString(), QStringLiteral("—"));

    ui::HardwarePage page(catalog, nullptr);
    page.resize(1280, 800);
    page.show();
    auto* view = page.findChild<QTableView*>(QStringLiteral("platformsTableView"));
    QCOMPARE(view->model()->headerData(M::PriceDate, Qt::Horizontal).toString(), QStringLiteral("Price date"));
    auto* price = page.findChild<QLabel*>(QStringLiteral("platformPriceValueLabel"));
    page.selectPlatform("mac_48");
    QCOMPARE(price->text(), QStringLiteral("$1,999, dated 2025-06 (stale)"));
    QVERIFY(price->toolTip().contains(u"more than six months ago"));
    page.selectPlatform("rtx_24");
    QCOMPARE(price->text(), QStringLiteral("$1,599, dated 2026-11"));
    QVERIFY(!price->toolTip().contains(u"Stale"));
    page.selectPlatform("next_box");
    QCOMPARE(price->text(), QStringLiteral("announced, no price"));
}

QTEST_MAIN(TestHardwarePage)
#include "tst_hardware_page.moc"
