// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HardwarePage.h"

#include "CatalogTableView.h"
#include "MyMachineStore.h"
#include "PlatformCatalogModel.h"
#include "PlatformDetailsPanel.h"
#include "PlatformEditorDialog.h"
#include "PlatformFilterProxy.h"
#include "SaveAsMyMachine.h"
#include "ThisComputerGradesDialog.h"
#include "ThisComputerText.h"
#include "UserCatalogStore.h"
#include "Wording.h"
#include "core/Units.h"
#include "db/HostDetection.h"
#include "db/ThisComputer.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace localrig::ui {

namespace {

constexpr std::array kMemorySizes{8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512};

} // namespace

HardwarePage::HardwarePage(const CatalogData& catalog, UserCatalogStore* store, QWidget* parent)
    : CatalogPage(QStringLiteral("hardwarePage"), parent)
    , m_store(store)
    , m_machineStore(dynamic_cast<MyMachineStore*>(store))
    , m_detectHost([] { return db::detectHost(); })
    , m_probe(BandwidthMeasurement::defaultProbe())
{
    // Two rows: in one, the five filters with a 12 pt font made the window wider than a 1280 px screen.
    auto* search = new QHBoxLayout;
    m_search = addSearch(search, tr("&Search:"), QStringLiteral("platformSearchLineEdit"), tr("Name or vendor"));
    m_vendor = addChoice(search, tr("Ve&ndor:"), QStringLiteral("platformVendorComboBox"));
    m_minimumMemory = addMemoryChoice(search, tr("&Memory at least:"), QStringLiteral("platformMinMemoryComboBox"),
                                      tr("Any"), kMemorySizes);
    m_minimumMemory->setToolTip(tr("Memory a model can use: unified or system memory, or VRAM on a discrete GPU."));
    auto* narrow = new QHBoxLayout;
    m_formFactor = addChoice(narrow, tr("F&orm factor:"), QStringLiteral("platformFormFactorComboBox"));
    addContextChoice(narrow, tr("&Context:"), QStringLiteral("platformContextComboBox"),
                     tr("Context used for the models each machine runs comfortably."));
    narrow->addStretch(1);
    auto* filters = new QVBoxLayout;
    filters->addLayout(search);
    filters->addLayout(narrow);

    m_model = new PlatformCatalogModel(this);
    m_proxy = new PlatformFilterProxy(this);
    CatalogTableView* view
        = setTable(m_model, m_proxy, QStringLiteral("platformsTableView"), PlatformCatalogModel::Name);
    // Figures at their full width; the machine name takes the rest and wraps onto a second line rather
    // than being cut (a name cut in the middle cannot be read).
    view->setStretchColumn(PlatformCatalogModel::Name);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setMinimumSectionSize(fontMetrics().lineSpacing() + 6);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_add = addAction(tr("&Add my machine…"), QStringLiteral("addMachinePushButton"));
    m_edit = addAction(tr("Edi&t…"), QStringLiteral("editPlatformPushButton"));
    m_edit->setToolTip(tr("Saves your version in your own catalog; the shipped figures stay as they are."));
    m_editPrice = addAction(tr("Edit &price…"), QStringLiteral("editPricePushButton"));
    m_remove = addAction(tr("&Delete…"), QStringLiteral("removePlatformPushButton"));
    m_remove->setToolTip(tr("Deletes a machine you added; shipped machines cannot be deleted."));
    addActionStretch();
    m_detect = addAction(tr("Detect This Comp&uter…"), QStringLiteral("detectComputerPushButton"));
    m_detect->setToolTip(tr("Reads this computer's memory, CPU and GPU and proposes it as your machine, so you "
                            "can compare what you have with what you would buy."));
    m_grades = addAction(tr("What Runs &Here…"), QStringLiteral("thisComputerGradesPushButton"));
    m_grades->setToolTip(tr("Grades your machine for every workload as the Plan page would, and names the "
                            "smallest upgrade for each one it does not do well."));
    m_details = new PlatformDetailsPanel(this);
    assemble(filters, m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PlatformFilterProxy::setSearchText);
    connect(m_vendor, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setVendor(m_vendor->currentData().toString()); });
    connect(m_formFactor, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFormFactor(m_formFactor->currentData().toString()); });
    connect(m_minimumMemory, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumMemoryGiB(chosenGiB(m_minimumMemory)); });
    connect(m_add, &QPushButton::clicked, this, &HardwarePage::addMachine);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(PlatformEditorDialog::Mode::Platform); });
    connect(m_editPrice, &QPushButton::clicked, this, [this] { editSelected(PlatformEditorDialog::Mode::Price); });
    connect(m_remove, &QPushButton::clicked, this, &HardwarePage::removeMachine);
    connect(m_detect, &QPushButton::clicked, this, &HardwarePage::detectThisComputer);
    connect(m_grades, &QPushButton::clicked, this, &HardwarePage::showMyMachineGrades);
    connect(view, &QAbstractItemView::doubleClicked, this,
            [this] { editSelected(PlatformEditorDialog::Mode::Platform); });

    setCatalog(catalog);
}

void HardwarePage::setCatalog(const CatalogData& catalog)
{
    const std::string selected = m_pendingSelection.empty() ? m_details->platformId() : m_pendingSelection;
    m_pendingSelection.clear();
    m_catalog = catalog;
    m_model->setCatalog(m_catalog);
    m_details->setCatalog(&m_catalog);
    fillFilters();
    applyScenario();
    selectPlatform(selected);
}

void HardwarePage::fillFilters()
{
    std::set<QString> vendors;
    std::set<std::string> formFactors;
    for (const core::Platform& platform : m_catalog.platforms) {
        if (!platform.vendor.empty()) {
            vendors.insert(QString::fromStdString(platform.vendor));
        }
        if (!platform.formFactor.empty()) {
            formFactors.insert(platform.formFactor);
        }
    }
    std::vector<std::pair<QString, QString>> vendorItems;
    for (const QString& name : vendors) {
        vendorItems.emplace_back(name, name);
    }
    std::vector<std::pair<QString, QString>> formFactorItems;
    for (const std::string& key : formFactors) {
        formFactorItems.emplace_back(PlatformCatalogModel::formFactorText(key), QString::fromStdString(key));
    }
    refillChoice(m_vendor, tr("All vendors"), vendorItems);
    refillChoice(m_formFactor, tr("All form factors"), formFactorItems);
    m_proxy->setVendor(m_vendor->currentData().toString());
    m_proxy->setFormFactor(m_formFactor->currentData().toString());
}

void HardwarePage::applyScenario()
{
    m_details->setScenario(scenario());
}

void HardwarePage::selectPlatform(const std::string& platformId)
{
    selectSourceRow(m_model->rowOf(platformId));
}

std::string HardwarePage::selectedPlatformId() const
{
    const core::Platform* platform = m_model->platformAt(currentSourceRow());
    return platform ? platform->id : std::string();
}

void HardwarePage::showCurrent()
{
    const std::string id = selectedPlatformId();
    if (id != m_details->platformId()) {
        m_details->setPlatform(id);
    }
    updateActions();
}

void HardwarePage::updateActions()
{
    const std::string id = selectedPlatformId();
    const bool writable = m_store != nullptr;
    const QString noStore = tr("Your own catalog could not be opened, so nothing can be saved.");
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && !id.empty());
    m_editPrice->setEnabled(writable && !id.empty());
    m_remove->setEnabled(writable && isUserEntry(m_catalog.platformProvenance, id));
    m_detect->setEnabled(writable && m_machineStore != nullptr);
    m_grades->setEnabled(m_catalog.platform(m_catalog.myMachineId) != nullptr);
    if (!writable) {
        m_add->setToolTip(noStore);
        m_detect->setToolTip(noStore);
    }
}

void HardwarePage::setMachineStore(MyMachineStore* store)
{
    m_machineStore = store;
    updateActions();
}

void HardwarePage::detectThisComputer()
{
    if (!m_store || !m_machineStore) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // nvidia-smi can take a second
    const auto host = m_detectHost();
    QApplication::restoreOverrideCursor();
    if (!host) {
        QMessageBox::warning(
            this, tr("Detect This Computer"),
            tr("LocalRig could not read what this computer is.\n\n%1").arg(Wording::error(host.error())));
        return;
    }
    db::ThisComputer machine = db::describeThisComputer(host.value(), m_catalog.platforms);
    const BandwidthMeasurement::Answer measured = BandwidthMeasurement::run(m_probe, this);
    const bool wasMeasured = measured.outcome == BandwidthMeasurement::Outcome::Measured;
    if (wasMeasured) {
        db::applyMeasuredBandwidth(machine, measured.result.bestGBs);
    } else if (measured.outcome == BandwidthMeasurement::Outcome::Failed) {
        QMessageBox::warning(this, tr("Measure Memory Bandwidth"),
                             tr("LocalRig could not measure this computer's memory bandwidth.\n\n%1\n\nType it in "
                                "the next window instead: the maker's specification sheet lists it.")
                                 .arg(measured.problem));
    }
    core::Platform proposal = machine.platform;
    proposal.name = ThisComputerText::machineName(machine).toStdString();
    if (const core::Platform* saved = m_catalog.platform(proposal.id)) {
        proposal.priceUsd = saved->priceUsd; // detecting again keeps the price the user entered
    }
    SaveAsMyMachine saver(*m_machineStore, *m_store, wasMeasured ? db::measuredBandwidthNote(measured.date) : QString(),
                          wasMeasured ? std::optional<core::Platform>(proposal) : std::nullopt);
    PlatformEditorDialog dialog(saver, PlatformEditorDialog::Mode::Platform, proposal, &m_catalog, this);
    dialog.setDetected(ThisComputerText::explanation(machine, host.value())
                       + ThisComputerText::measurement(measured, machine.platform));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_pendingSelection = dialog.saved() ? dialog.saved()->id : std::string();
    const std::optional<core::Platform> saved = dialog.saved();
    emit catalogEdited();
    if (saved) {
        // The measured date stays only while the saved figure is the one measured (the user may retype it).
        const bool kept = wasMeasured && SaveAsMyMachine::keepsMeasurement(*saved, proposal);
        showGrades(*saved, kept ? std::optional<QDate>(measured.date) : std::nullopt);
    }
}

void HardwarePage::showMyMachineGrades()
{
    const core::Platform* machine = m_catalog.platform(m_catalog.myMachineId);
    if (!machine) {
        return;
    }
    const auto provenance = m_catalog.platformProvenance.find(machine->id);
    showGrades(*machine,
               provenance == m_catalog.platformProvenance.end() ? std::nullopt
                                                                : db::measuredBandwidthDate(provenance->second.notes));
}

void HardwarePage::showGrades(const core::Platform& machine, std::optional<QDate> measuredOn)
{
    auto* dialog = new ThisComputerGradesDialog(machine, m_catalog, measuredOn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HardwarePage::addMachine()
{
    if (!m_store) {
        return;
    }
    PlatformEditorDialog dialog(*m_store, PlatformEditorDialog::Mode::Platform, std::nullopt, &m_catalog, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (dialog.saved()) {
            m_pendingSelection = dialog.saved()->id; // selected once the reloaded catalog arrives
        }
        emit catalogEdited();
    }
}

void HardwarePage::editSelected(PlatformEditorDialog::Mode mode)
{
    const core::Platform* platform = m_catalog.platform(selectedPlatformId());
    if (!m_store || !platform) {
        return;
    }
    PlatformEditorDialog dialog(*m_store, mode, *platform, &m_catalog, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit catalogEdited();
    }
}

void HardwarePage::removeMachine()
{
    const core::Platform* platform = m_catalog.platform(selectedPlatformId());
    if (!m_store || !platform || !isUserEntry(m_catalog.platformProvenance, platform->id)) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete machine"),
        tr("Delete %1 from your catalog? Its prices go with it.").arg(QString::fromStdString(platform->name)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const Result<void> removed = m_store->removePlatform(platform->id);
    if (!removed) {
        QMessageBox::warning(this, tr("Could not delete"), Wording::error(removed.error()));
        return;
    }
    emit catalogEdited();
}

} // namespace localrig::ui
