// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CatalogFileDialogs.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
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
    restoreGeometryOrFit(); // sized first, so the Plan page is laid out once, at its real size
    createPages();
    createMenus();
    restoreSession();
    connect(&m_source, &CatalogSource::reloaded, this, &MainWindow::refreshCatalog);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages = new PageStack(this);
    const QStringList titles{tr("Plan"), tr("Compare"), tr("Models"), tr("Hardware"), tr("Guide")};
    for (int page = 0; page < PageCount; ++page) {
        m_pages->addPage(titles[page],
                         [this, page](QWidget* parent) { return createPage(static_cast<Page>(page), parent); });
    }
    m_pages->page(Plan); // the page the window opens on; the others wait for their first show
    setCentralWidget(m_pages);
}

QWidget* MainWindow::createPage(Page page, QWidget* parent)
{
    const CatalogData& catalog = m_source.data();
    switch (page) {
    case Plan:
        return m_plan = new PlanPage(catalog, parent);
    case Compare:
        return new ComparePage(catalog, m_plan->calculator(), parent);
    case Models: {
        auto* models = new ModelsPage(catalog, m_source.modelInfo(), parent);
        models->setModelStore(m_source.hasUserDatabase() ? &m_source : nullptr);
        models->setBaseScenario(m_catalogScenario);
        return models;
    }
    case Hardware: {
        auto* hardware = new HardwarePage(catalog, m_source.hasUserDatabase() ? &m_source : nullptr, parent);
        hardware->setBaseScenario(m_catalogScenario);
        connect(hardware, &HardwarePage::catalogEdited, this, [this] {
            if (auto reloaded = m_source.reload(); !reloaded) {
                QMessageBox::warning(this, tr("Catalog"), Wording::error(reloaded.error()));
            }
        });
        return hardware;
    }
    case Guide:
    case PageCount:
        break;
    }
    return new GuidePage(catalog.articles, parent);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu
        ->addAction(tr("&Export Recommendation as PDF…"), this,
                    [this] { exportRecommendationPdf(this, *m_plan->calculator()); })
        ->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    fileMenu
        ->addAction(tr("&Import Catalog…"), this,
                    [this] { CatalogFileDialogs::importCatalog(m_source, this, statusBar()); })
        ->setEnabled(m_source.hasUserDatabase());
    fileMenu->addAction(tr("E&xport Catalog…"), this, [this] { CatalogFileDialogs::exportCatalog(m_source, this); })
        ->setEnabled(m_source.hasUserDatabase());
    fileMenu
        ->addAction(tr("Add &Model from GGUF File…"), this,
                    [this] {
                        showPage(Models);
                        page<ModelsPage>(Models)->addModelFromFile();
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
        QAction* action
            = viewMenu->addAction(m_pages->title(page), this, [this, page] { showPage(static_cast<Page>(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LocalRig"), this, &MainWindow::showAbout);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

void MainWindow::restoreGeometryOrFit()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, so the plan, its card and the ranked table all have room.
        resize(screen()->availableGeometry().size() * kFirstStartScreenShare);
    }
}

void MainWindow::restoreSession()
{
    PlanInputs restored = loadScenario(m_settings, m_plan->inputsPanel()->inputs());
    if (restored.workloads.isEmpty()) {
        restored.workloads = defaultWorkloads(m_source.data());
    }
    // The preferences win over the saved plan's figures, as when they are changed.
    applyPreferences(Preferences::load(m_settings), restored);
    showPage(
        static_cast<Page>(std::clamp(m_settings.value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
}

void MainWindow::saveSession()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    saveScenario(m_settings, m_plan->inputsPanel()->inputs());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    event->accept();
}

void MainWindow::applyPreferences(const Preferences& preferences, PlanInputs inputs)
{
    Wording::setCurrency(preferences.currency, preferences.exchangeRate);
    inputs.headroom = preferences.headroom;
    inputs.kvType = preferences.kvType;
    inputs.usdPerKwh = preferences.electricityUsdPerKwh;
    inputs.hoursPerDay = preferences.hoursPerDay;
    m_plan->inputsPanel()->setInputs(inputs); // the plan is worked out once, in the new currency
    m_catalogScenario.headroom = preferences.headroom;
    m_catalogScenario.kvType = preferences.kvType;
    if (auto* models = builtPage<ModelsPage>(Models)) {
        models->setBaseScenario(m_catalogScenario);
    }
    if (auto* hardware = builtPage<HardwarePage>(Hardware)) {
        hardware->setBaseScenario(m_catalogScenario);
    }
}

void MainWindow::refreshCatalog()
{
    const CatalogData& catalog = m_source.data();
    // Pages not built yet are built from the reloaded catalog when they are first shown.
    if (auto* models = builtPage<ModelsPage>(Models)) {
        models->setCatalog(catalog, m_source.modelInfo());
    }
    if (auto* hardware = builtPage<HardwarePage>(Hardware)) {
        hardware->setCatalog(catalog);
    }
    if (auto* guide = builtPage<GuidePage>(Guide)) {
        guide->setArticles(catalog.articles);
    }
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

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    connect(&dialog, &PreferencesDialog::preferencesChanged, this,
            [this](const Preferences& preferences) { applyPreferences(preferences, m_plan->inputsPanel()->inputs()); });
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
