// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CatalogSource.h"
#include "ComparePage.h"
#include "GuidePage.h"
#include "HardwarePage.h"
#include "ModelsPage.h"
#include "PlanInputsPanel.h"
#include "PlanPage.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "RecommendationExport.h"
#include "ScenarioSettings.h"
#include "Wording.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr double kFirstStartScreenShare = 0.85;

// First start (or a saved plan with nothing ticked): the guide's most common work, the coding assistant
// (else the catalog's first workload), so the Plan page opens on an answer and not on an error.
QStringList defaultWorkloads(const CatalogData& catalog)
{
    const auto& all = catalog.workloads;
    const auto coding
        = std::find_if(all.begin(), all.end(), [](const core::Workload& w) { return w.slug == "coding-assistant"; });
    const auto chosen = coding != all.end() ? coding : all.begin();
    return chosen == all.end() ? QStringList{} : QStringList{QString::fromStdString(chosen->slug)};
}

} // namespace

MainWindow::MainWindow(CatalogSource& source, QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_settings(settings)
{
    setWindowTitle(tr("LocalRig"));
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(1024, 640);
    createPages();
    createMenus();
    restoreSession();
    connect(&m_source, &CatalogSource::reloaded, this, &MainWindow::refreshCatalog);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const CatalogData& catalog = m_source.data();
    m_plan = new PlanPage(catalog, this);
    m_compare = new ComparePage(catalog, m_plan->calculator(), this);
    m_models = new ModelsPage(catalog, m_source.modelInfo(), this);
    m_models->setModelStore(m_source.hasUserDatabase() ? &m_source : nullptr);
    m_hardware = new HardwarePage(catalog, m_source.hasUserDatabase() ? &m_source : nullptr, this);
    m_guide = new GuidePage(catalog.articles, this);

    m_stack = new QStackedWidget(this);
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageListWidget"));
    const QList<std::pair<QWidget*, QString>> pages{{m_plan, tr("Plan")},
                                                    {m_compare, tr("Compare")},
                                                    {m_models, tr("Models")},
                                                    {m_hardware, tr("Hardware")},
                                                    {m_guide, tr("Guide")}};
    for (const auto& [page, title] : pages) {
        m_stack->addWidget(page);
        m_pageList->addItem(title);
    }
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 3 * m_pageList->fontMetrics().averageCharWidth() + 8);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setSpacing(2);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_hardware, &HardwarePage::catalogEdited, this, [this] {
        if (auto reloaded = m_source.reload(); !reloaded) {
            QMessageBox::warning(this, tr("Catalog"), Wording::error(reloaded.error()));
        }
    });
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* exportPdf
        = fileMenu->addAction(tr("&Export Recommendation as PDF…"), this, &MainWindow::exportRecommendation);
    exportPdf->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import Catalog…"), this, &MainWindow::importCatalog)
        ->setEnabled(m_source.hasUserDatabase());
    fileMenu->addAction(tr("E&xport Catalog…"), this, &MainWindow::exportCatalog)
        ->setEnabled(m_source.hasUserDatabase());
    fileMenu
        ->addAction(tr("Add &Model from GGUF File…"), this,
                    [this] {
                        showPage(Models);
                        m_models->addModelFromFile();
                    })
        ->setEnabled(m_source.hasUserDatabase());
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = viewMenu->addAction(m_pageList->item(page)->text(), this,
                                              [this, page] { showPage(static_cast<Page>(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LocalRig"), this, &MainWindow::showAbout);
}

void MainWindow::showPage(Page page)
{
    m_pageList->setCurrentRow(page);
}

void MainWindow::restoreSession()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, so the plan, its card and the ranked table all have room.
        resize(screen()->availableGeometry().size() * kFirstStartScreenShare);
    }
    const Preferences preferences = Preferences::load(m_settings);
    PlanInputs defaults = m_plan->inputsPanel()->inputs();
    defaults.usdPerKwh = preferences.electricityUsdPerKwh;
    defaults.hoursPerDay = preferences.hoursPerDay;
    defaults.headroom = preferences.headroom;
    defaults.kvType = preferences.kvType;
    PlanInputs restored = loadScenario(m_settings, defaults);
    if (restored.workloads.isEmpty()) {
        restored.workloads = defaultWorkloads(m_source.data());
    }
    m_plan->inputsPanel()->setInputs(restored);
    applyPreferences(preferences);
    showPage(
        static_cast<Page>(std::clamp(m_settings.value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
}

void MainWindow::saveSession()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
    saveScenario(m_settings, m_plan->inputsPanel()->inputs());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    event->accept();
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    Wording::setCurrency(preferences.currency, preferences.exchangeRate);
    PlanInputs inputs = m_plan->inputsPanel()->inputs();
    inputs.headroom = preferences.headroom;
    inputs.kvType = preferences.kvType;
    inputs.usdPerKwh = preferences.electricityUsdPerKwh;
    inputs.hoursPerDay = preferences.hoursPerDay;
    m_plan->inputsPanel()->setInputs(inputs);
    core::Scenario scenario;
    scenario.headroom = preferences.headroom;
    scenario.kvType = preferences.kvType;
    m_models->setBaseScenario(scenario);
    m_hardware->setBaseScenario(scenario);
}

void MainWindow::refreshCatalog()
{
    const CatalogData& catalog = m_source.data();
    m_models->setCatalog(catalog, m_source.modelInfo());
    m_hardware->setCatalog(catalog);
    m_guide->setArticles(catalog.articles);
    m_plan->inputsPanel()->refreshWorkloads(); // a model imported from a file brings its own workload
    m_plan->calculator()->setInputs(m_plan->inputsPanel()->inputs());
    updateStatus();
}

void MainWindow::updateStatus()
{
    const CatalogData& catalog = m_source.data();
    QString status = tr("Catalog of %1 · %n model(s)", nullptr, int(catalog.models.size())).arg(catalog.catalogDate)
        + tr(" · %n machine(s)", nullptr, int(catalog.platforms.size()));
    if (!m_source.recoveryMessage().isEmpty()) {
        status += QStringLiteral(" · ") + m_source.recoveryMessage();
    }
    statusBar()->showMessage(status);
}

void MainWindow::exportRecommendation()
{
    exportRecommendationPdf(this, *m_plan->calculator());
}

void MainWindow::importCatalog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Catalog"), QString(), tr("Catalog files (*.json *.csv)"));
    if (path.isEmpty()) {
        return;
    }
    auto summary = m_source.importFile(path);
    if (!summary) {
        QMessageBox::warning(this, tr("Import Catalog"),
                             tr("Nothing was imported.\n\n%1").arg(Wording::error(summary.error())));
        return;
    }
    statusBar()->showMessage(tr("Imported %1 machines, %2 models and %3 prices.")
                                 .arg(summary.value().platforms)
                                 .arg(summary.value().models)
                                 .arg(summary.value().prices),
                             8000);
}

void MainWindow::exportCatalog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Catalog"), QStringLiteral("localrig.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto summary = m_source.exportFile(path); !summary) {
        QMessageBox::warning(this, tr("Export Catalog"), Wording::error(summary.error()));
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    connect(&dialog, &PreferencesDialog::preferencesChanged, this, &MainWindow::applyPreferences);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LocalRig"),
                       tr("<h3>LocalRig %1</h3><p>What hardware you need to run open-weight AI models locally, "
                          "and what it costs against a cloud API.</p><p>Catalog data of %2. Prices change often: "
                          "check them with the seller before you buy.</p>")
                           .arg(QStringLiteral(LOCALRIG_VERSION), m_source.data().catalogDate));
}

} // namespace localrig::ui
