// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandWorkedSpeed.h"
#include "ItemTexts.h"
#include "ModelsFixture.h"
#include "ui/BuyerWording.h"
#include "ui/CatalogData.h"
#include "ui/ModelCatalogModel.h"
#include "ui/ModelDetailsPanel.h"
#include "ui/ModelDisplayInfo.h"
#include "ui/ModelFilterProxy.h"
#include "ui/ModelsPage.h"
#include "ui/QuantFootprintModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace localrig;

namespace {

QSet<QString> machineNames(const QTreeWidget& tree)
{
    QSet<QString> names;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        names.insert(tree.topLevelItem(i)->text(ui::ModelDetailsPanel::FitsOnMachine));
    }
    return names;
}

} // namespace

class TestModelsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void testFootprintPerQuantization_data();
    void testFootprintPerQuantization();
    void testMeasuredFileSizeIsMarkedWithItsSource();
    void testCatalogModelShowsFootprintAtContext();
    void testSearchMatchesNameIdAndFamily();
    void testFamilyAndFitsInFilters();
    void testSortByFootprintUsesRawBytes();
    void testFitsOnListsMachinesWithHeadroom();
    void testLongerContextDropsTheDiscreteCard();
    void testSearchFieldFiltersTheTable();
    void testGermanLocaleFormatsSizes();
    void testGenerationModelsShowTheirKind();
};

void TestModelsPage::testFootprintPerQuantization_data()
{
    QTest::addColumn<QString>("quant");
    QTest::addColumn<double>("weightsBytes");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("kvCache");
    QTest::addColumn<QString>("total");
    // KV at 8K: 2 x 40 layers x 10 heads x 128 x 2 B x 8192 = 1,677,721,600 B = 1.5625 GiB.
    // Overhead: 0.5 GiB + 0.75 MiB x 40 heads = 568,328,192 B.
    QTest::newRow("14.7B Q4_K_M: 14.7e9*4.85/8 = 8.911875e9 B = 8.3 GiB; total 11,157,924,792 B = 10.4 GiB")
        << "q4_k_m" << 8.911875e9 << "8.3 GB"
        << "1.6 GB"
        << "10.4 GB";
    QTest::newRow("14.7B F16: 14.7e9*16/8 = 29.4e9 B = 27.4 GiB; total 31.646e9 B = 29.5 GiB")
        << "f16" << 29.4e9 << "27.4 GB"
        << "1.6 GB"
        << "29.5 GB";
}

void TestModelsPage::testFootprintPerQuantization()
{
    QFETCH(QString, quant);
    QFETCH(double, weightsBytes);
    QFETCH(QString, weights);
    QFETCH(QString, kvCache);
    QFETCH(QString, total);
    const ui::CatalogData catalog = test::modelsCatalog();
    const ui::ModelDisplayInfoMap info = test::modelsDisplayInfo();
    ui::QuantFootprintModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(*catalog.model("phi4"), catalog, info.at("phi4"), core::Scenario{});
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOf(quant.toStdString());
    QVERIFY(row >= 0);
    using M = ui::QuantFootprintModel;
    QCOMPARE(model.index(row, M::Weights).data(M::SortRole).toDouble(), weightsBytes);
    QCOMPARE(model.index(row, M::Weights).data().toString(), weights);
    QCOMPARE(model.index(row, M::KvCache).data().toString(), kvCache);
    QCOMPARE(model.index(row, M::Total).data().toString(), total);
    QCOMPARE(model.index(row, M::Basis).data().toString(), QStringLiteral("estimate"));
    QVERIFY(model.index(row, M::Weights).data(Qt::ToolTipRole).toString().contains(u"https://example.org/phi4"));
}

void TestModelsPage::testMeasuredFileSizeIsMarkedWithItsSource()
{
    const ui::CatalogData catalog = test::modelsCatalog();
    const ui::ModelDisplayInfoMap info = test::modelsDisplayInfo();
    ui::QuantFootprintModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(*catalog.model("phi4"), catalog, info.at("phi4"), core::Scenario{});
    using M = ui::QuantFootprintModel;
    const int row = model.rowOf("q8_0");
    // The measured 15.6e9 B wins over 14.7e9*8.5/8 = 15.62e9 B: 15.6e9 / 2^30 = 14.53 GiB.
    QCOMPARE(model.index(row, M::Weights).data(M::SortRole).toDouble(), 15.6e9);
    QCOMPARE(model.index(row, M::Weights).data().toString(), QStringLiteral("14.5 GB"));
    QCOMPARE(model.index(row, M::Basis).data().toString(), QStringLiteral("measured"));
    const QString tip = model.index(row, M::Basis).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"https://example.org/phi4-q8.gguf") && tip.contains(u"2025-01"), qPrintable(tip));
}

void TestModelsPage::testCatalogModelShowsFootprintAtContext()
{
    ui::ModelCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(test::modelsCatalog(), test::modelsDisplayInfo());
    using M = ui::ModelCatalogModel;
    const int row = model.rowOf("phi4");
    QCOMPARE(model.index(row, M::Name).data().toString(), QStringLiteral("Phi-4"));
    QCOMPARE(model.index(row, M::Family).data().toString(), QStringLiteral("Phi"));
    QCOMPARE(model.index(row, M::Developer).data().toString(), QStringLiteral("Microsoft"));
    QCOMPARE(model.index(row, M::TotalParams).data().toString(), QStringLiteral("14.7 B"));
    QCOMPARE(model.index(row, M::Footprint).data(M::SortRole).toDouble(), 11157924792.0);
    QCOMPARE(model.index(row, M::Footprint).data().toString(), QStringLiteral("10.4 GB"));
    QVERIFY(model.index(row, M::TotalParams).data(Qt::ToolTipRole).toString().contains(u"2024-12"));
    // 32K: the KV cache grows 4x to 6.25 GiB, total 8.2998 + 6.25 + 0.5293 = 15.08 GiB.
    core::Scenario longer;
    longer.contextTokens = 32768;
    model.setScenario(longer);
    QCOMPARE(model.index(row, M::Footprint).data().toString(), QStringLiteral("15.1 GB"));
    const int moe = model.rowOf("moe_35b");
    QCOMPARE(model.index(moe, M::ActiveParams).data().toString(), QStringLiteral("3.0 B"));
}

void TestModelsPage::testSearchMatchesNameIdAndFamily()
{
    ui::ModelCatalogModel model;
    model.setCatalog(test::modelsCatalog(), test::modelsDisplayInfo());
    ui::ModelFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("phi"));
    QCOMPARE(test::columnTexts(proxy, ui::ModelCatalogModel::Name), QStringList{QStringLiteral("Phi-4")});
    proxy.setSearchText(QStringLiteral("moe_35"));
    QCOMPARE(test::columnTexts(proxy, ui::ModelCatalogModel::Name), QStringList{QStringLiteral("Mixture 35B-A3B")});
    proxy.setSearchText(QStringLiteral("microsoft"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("LLAMA"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestModelsPage::testFamilyAndFitsInFilters()
{
    ui::ModelCatalogModel model;
    model.setCatalog(test::modelsCatalog(), test::modelsDisplayInfo());
    ui::ModelFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFamily(QStringLiteral("Llama"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFamily(QString());
    // A 16 GB unified machine (no OS cap): comfortable up to 0.75 x 16 = 12 GiB. Phi-4 needs 10.4 GiB,
    // Tiny 1B under 1 GiB; the MoE's weights alone are 35e9*4.85/8 = 19.8 GiB.
    proxy.setFitsInGiB(16.0);
    proxy.sort(ui::ModelCatalogModel::Name);
    QCOMPARE(test::columnTexts(proxy, ui::ModelCatalogModel::Name),
             (QStringList{QStringLiteral("Phi-4"), QStringLiteral("Tiny 1B")}));
    proxy.setFitsInGiB(std::nullopt);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestModelsPage::testSortByFootprintUsesRawBytes()
{
    ui::ModelCatalogModel model;
    model.setCatalog(test::modelsCatalog(), test::modelsDisplayInfo());
    ui::ModelFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ui::ModelCatalogModel::Footprint, Qt::AscendingOrder);
    // As text "10.4 GB" would sort before "2.x GB"; by bytes Tiny comes first.
    QCOMPARE(test::columnTexts(proxy, ui::ModelCatalogModel::Name),
             (QStringList{QStringLiteral("Tiny 1B"), QStringLiteral("Phi-4"), QStringLiteral("Mixture 35B-A3B"),
                          QStringLiteral("Llama 70B")}));
}

void TestModelsPage::testFitsOnListsMachinesWithHeadroom()
{
    ui::ModelsPage page(test::modelsCatalog(), test::modelsDisplayInfo());
    page.resize(1280, 800);
    page.show();
    page.selectModel("phi4");
    auto* fitsOn = page.findChild<QTreeWidget*>(QStringLiteral("fitsOnTreeWidget"));
    QVERIFY(fitsOn);
    QCOMPARE(page.detailsPanel()->selectedQuantId(), std::string("q4_k_m"));
    // Phi-4 Q4_K_M at 8K needs 10.39 GiB. Mac 8GB: Metal lets the GPU use 2/3 of 8 GiB = 5.3 GiB -> no.
    // Mac 48GB: under 0.75 x 48 = 36 GiB; RTX: under 24 - 1 GiB margin; Strix: under 0.75 x 128.
    QCOMPARE(machineNames(*fitsOn),
             (QSet<QString>{QStringLiteral("Mac 48GB"), QStringLiteral("RTX 24GB"), QStringLiteral("Strix 128GB")}));
    // Fastest first: the RTX's 1008 GB/s.
    QCOMPARE(fitsOn->topLevelItem(0)->text(ui::ModelDetailsPanel::FitsOnMachine), QStringLiteral("RTX 24GB"));
    // The verdict combines fit and speed (issue 14): both fit and both decode above 2 x 6.5 tokens/s.
    QCOMPARE(fitsOn->topLevelItem(0)->text(ui::ModelDetailsPanel::FitsOnVerdict),
             QStringLiteral("Great · Fits in VRAM"));
    // Mac 48GB, Phi-4 (40 layers): (8.911875e9 + kv x 1.6777216e9 B) / (eta x 273e9 B/s) + 40 x t_layer
    // with the fitted Metal dense constants (eta 0.756, kv 1.5, t_layer 104 us: 59.5 ms -> 17 t/s).
    const auto items = fitsOn->findItems(QStringLiteral("Mac 48GB"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.front()->text(ui::ModelDetailsPanel::FitsOnVerdict), QStringLiteral("Great · Comfortable"));
    QCOMPARE(items.front()->text(ui::ModelDetailsPanel::FitsOnDecode),
             test::metalDenseBand(8.911875e9, 1.6777216e9, 40, 273e9));
    // Choosing the F16 row: 29.5 GiB is past the RTX's 23 usable GiB but under the Mac's 36.
    page.detailsPanel()->selectQuant("f16");
    QCOMPARE(page.detailsPanel()->selectedQuantId(), std::string("f16"));
    QCOMPARE(machineNames(*fitsOn), (QSet<QString>{QStringLiteral("Mac 48GB"), QStringLiteral("Strix 128GB")}));
    // F16 reads 29.5 GB a token: about 6 tokens/s on the Mac's 273 GB/s, under the 10 tokens/s minimum. A
    // comfortable fit that is too slow reads "Slow" in the Slow colour, never green.
    const auto slow = fitsOn->findItems(QStringLiteral("Mac 48GB"), Qt::MatchExactly);
    QCOMPARE(slow.size(), 1);
    QCOMPARE(slow.front()->text(ui::ModelDetailsPanel::FitsOnVerdict), QStringLiteral("Slow · Comfortable"));
    const bool dark = page.palette().color(QPalette::Window).lightness() < 128;
    QCOMPARE(slow.front()->foreground(ui::ModelDetailsPanel::FitsOnVerdict).color(),
             ui::BuyerWording::verdictColor(core::BuyerVerdict::Slow, dark));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("fitsOnHeadingLabel"))->text().contains(u"F16"));
}

void TestModelsPage::testLongerContextDropsTheDiscreteCard()
{
    ui::ModelsPage page(test::modelsCatalog(), test::modelsDisplayInfo());
    page.selectModel("phi4");
    auto* context = page.findChild<QComboBox*>(QStringLiteral("modelContextComboBox"));
    auto* fitsOn = page.findChild<QTreeWidget*>(QStringLiteral("fitsOnTreeWidget"));
    QVERIFY(context && fitsOn);
    // 128K: KV = 16 x 1.5625 = 25 GiB, more than the RTX's 23 usable GiB even before any weight.
    context->setCurrentIndex(context->findData(131072));
    QCOMPARE(machineNames(*fitsOn), (QSet<QString>{QStringLiteral("Mac 48GB"), QStringLiteral("Strix 128GB")}));
    QCOMPARE(page.catalogModel()->scenario().contextTokens, 131072);
}

void TestModelsPage::testSearchFieldFiltersTheTable()
{
    ui::ModelsPage page(test::modelsCatalog(), test::modelsDisplayInfo());
    page.show();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("modelSearchLineEdit"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("modelsTableView"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 4);
    QTest::keyClicks(search, QStringLiteral("tiny"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // The only row left is selected and its details follow.
    QTRY_COMPARE(page.detailsPanel()->modelId(), std::string("tiny_1b"));
}

void TestModelsPage::testGermanLocaleFormatsSizes()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const ui::CatalogData catalog = test::modelsCatalog();
    ui::QuantFootprintModel model;
    model.show(*catalog.model("phi4"), catalog, {}, core::Scenario{});
    const QString weights = model.index(model.rowOf("q4_k_m"), ui::QuantFootprintModel::Weights).data().toString();
    QLocale::setDefault(QLocale::c());
    QCOMPARE(weights, QStringLiteral("8,3 GB"));
}

void TestModelsPage::testGenerationModelsShowTheirKind()
{
    ui::CatalogData catalog = test::modelsCatalog();
    core::GenerationModel flux; // db/catalog/generation_components.csv
    flux.id = "flux1_dev";
    flux.name = "FLUX.1 [dev]";
    flux.components = {{"transformer", "DiT", 12.0, "bf16", 23.8e9},
                       {"text_encoder", "T5-XXL", 4.7, "fp16", 9.8e9},
                       {"text_encoder", "CLIP-L", 0.123, "fp16", 0.25e9},
                       {"vae", "VAE", 0.0, "", 0.34e9}};
    catalog.generationModels.push_back(flux);
    ui::ModelsPage page(catalog, test::modelsDisplayInfo());
    page.show();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("modelSearchLineEdit"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("modelsTableView"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 5);
    QTest::keyClicks(search, QStringLiteral("flux"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    using M = ui::ModelCatalogModel;
    QCOMPARE(table->model()->index(0, M::Kind).data().toString(), QStringLiteral("Image generation"));
    // 23.8 + 9.8 + 0.25 + 0.34 GB = 34.19e9 B = 31.84 GiB, every component resident.
    QCOMPARE(table->model()->index(0, M::Footprint).data(M::SortRole).toDouble(), 34.19e9);
    QCOMPARE(table->model()->index(0, M::Footprint).data().toString(), QStringLiteral("31.8 GB"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("phi"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, M::Kind).data().toString(), QStringLiteral("Text"));
}

QTEST_MAIN(TestModelsPage)
#include "tst_models_page.moc"
