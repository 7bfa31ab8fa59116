// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HardwarePage.h"

#include "MyMachineStore.h"
#include "PlatformCatalogModel.h"
#include "PlatformDetailsPanel.h"
#include "PlatformEditorDialog.h"
#include "PlatformFilterProxy.h"
#include "SaveAsMyMachine.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace localrig::ui {

namespace {

constexpr std::array kContexts{4096, 8192, 16384, 32768, 65536, 131072, 262144};
constexpr int kDefaultContext = 8192;
constexpr std::array kMemorySizes{8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* push = new QPushButton(text, parent);
    push->setObjectName(objectName);
    push->setAutoDefault(false);
    return push;
}

} // namespace

HardwarePage::HardwarePage(const CatalogData& catalog, UserCatalogStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_machineStore(dynamic_cast<MyMachineStore*>(store))
    , m_detectHost([] { return db::detectHost(); })
{
    setObjectName(QStringLiteral("hardwarePage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("platformSearchLineEdit"));
    m_search->setPlaceholderText(tr("Name or vendor"));
    m_search->setClearButtonEnabled(true);
    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("platformVendorComboBox"));
    m_minimumMemory = new QComboBox(this);
    m_minimumMemory->setObjectName(QStringLiteral("platformMinMemoryComboBox"));
    m_minimumMemory->setToolTip(tr("Memory a model can use: unified or system memory, or VRAM on a discrete GPU."));
    m_minimumMemory->addItem(tr("Any"));
    for (const int gib : kMemorySizes) {
        m_minimumMemory->addItem(Wording::gigabytes(core::gibToBytes(gib)), gib);
    }
    m_formFactor = new QComboBox(this);
    m_formFactor->setObjectName(QStringLiteral("platformFormFactorComboBox"));
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("platformContextComboBox"));
    m_context->setToolTip(tr("Context used for the models each machine runs comfortably."));
    for (const int tokens : kContexts) {
        m_context->addItem(Wording::contextTokens(tokens), tokens);
    }
    m_context->setCurrentIndex(m_context->findData(kDefaultContext));

    // Two rows: in one, the five filters with a 12 pt font made the window wider than a 1280 px screen.
    auto* search = new QHBoxLayout;
    search->addWidget(buddyLabel(tr("&Search:"), m_search, this));
    search->addWidget(m_search, 1);
    search->addWidget(buddyLabel(tr("Ve&ndor:"), m_vendor, this));
    search->addWidget(m_vendor);
    search->addWidget(buddyLabel(tr("&Memory at least:"), m_minimumMemory, this));
    search->addWidget(m_minimumMemory);
    auto* narrow = new QHBoxLayout;
    narrow->addWidget(buddyLabel(tr("F&orm factor:"), m_formFactor, this));
    narrow->addWidget(m_formFactor);
    narrow->addWidget(buddyLabel(tr("&Context:"), m_context, this));
    narrow->addWidget(m_context);
    narrow->addStretch(1);
    auto* filters = new QVBoxLayout;
    filters->addLayout(search);
    filters->addLayout(narrow);

    m_model = new PlatformCatalogModel(this);
    m_proxy = new PlatformFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("platformsTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlatformCatalogModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().lineSpacing() + 6);
    // Figures at their full width; the machine name takes the rest and wraps onto a second line rather
    // than being cut (a name cut in the middle cannot be read).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlatformCatalogModel::Name, QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* tablePane = new QWidget(this);
    m_add = button(tr("&Add my machine…"), QStringLiteral("addMachinePushButton"), tablePane);
    m_edit = button(tr("Edi&t…"), QStringLiteral("editPlatformPushButton"), tablePane);
    m_edit->setToolTip(tr("Saves your version in your own catalog; the shipped figures stay as they are."));
    m_editPrice = button(tr("Edit &price…"), QStringLiteral("editPricePushButton"), tablePane);
    m_remove = button(tr("&Delete…"), QStringLiteral("removePlatformPushButton"), tablePane);
    m_remove->setToolTip(tr("Deletes a machine you added; shipped machines cannot be deleted."));
    m_detect = button(tr("Detect This Comp&uter…"), QStringLiteral("detectComputerPushButton"), tablePane);
    m_detect->setToolTip(tr("Reads this computer's memory, CPU and GPU and proposes it as your machine, so you "
                            "can compare what you have with what you would buy."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_editPrice);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_detect);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(actions);

    m_details = new PlatformDetailsPanel(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_vendor);
    setTabOrder(m_vendor, m_minimumMemory);
    setTabOrder(m_minimumMemory, m_formFactor);
    setTabOrder(m_formFactor, m_context);
    setTabOrder(m_context, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_editPrice);
    setTabOrder(m_editPrice, m_remove);
    setTabOrder(m_remove, m_detect);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PlatformFilterProxy::setSearchText);
    connect(m_vendor, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setVendor(m_vendor->currentData().toString()); });
    connect(m_formFactor, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFormFactor(m_formFactor->currentData().toString()); });
    connect(m_minimumMemory, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant gib = m_minimumMemory->currentData();
        m_proxy->setMinimumMemoryGiB(gib.isValid() ? std::optional<double>(gib.toDouble()) : std::nullopt);
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, &HardwarePage::applyScenario);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HardwarePage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HardwarePage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HardwarePage::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &HardwarePage::addMachine);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(PlatformEditorDialog::Mode::Platform); });
    connect(m_editPrice, &QPushButton::clicked, this, [this] { editSelected(PlatformEditorDialog::Mode::Price); });
    connect(m_remove, &QPushButton::clicked, this, &HardwarePage::removeMachine);
    connect(m_detect, &QPushButton::clicked, this, &HardwarePage::detectThisComputer);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
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
    const QString vendor = m_vendor->currentData().toString();
    const QString formFactor = m_formFactor->currentData().toString();
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
    const QSignalBlocker vendorBlocker(m_vendor);
    const QSignalBlocker formFactorBlocker(m_formFactor);
    m_vendor->clear();
    m_vendor->addItem(tr("All vendors"));
    for (const QString& name : vendors) {
        m_vendor->addItem(name, name);
    }
    m_formFactor->clear();
    m_formFactor->addItem(tr("All form factors"));
    for (const std::string& key : formFactors) {
        m_formFactor->addItem(PlatformCatalogModel::formFactorText(key), QString::fromStdString(key));
    }
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(vendor)));
    m_formFactor->setCurrentIndex(std::max(0, m_formFactor->findData(formFactor)));
    m_proxy->setVendor(m_vendor->currentData().toString());
    m_proxy->setFormFactor(m_formFactor->currentData().toString());
}

void HardwarePage::setBaseScenario(const core::Scenario& scenario)
{
    m_base = scenario;
    applyScenario();
}

core::Scenario HardwarePage::scenario() const
{
    core::Scenario scenario = m_base;
    scenario.contextTokens = m_context->currentData().toInt();
    return scenario;
}

void HardwarePage::applyScenario()
{
    m_details->setScenario(scenario());
}

void HardwarePage::selectPlatform(const std::string& platformId)
{
    const int sourceRow = m_model->rowOf(platformId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    showCurrent();
}

std::string HardwarePage::selectedPlatformId() const
{
    const core::Platform* platform = m_model->platformAt(m_proxy->mapToSource(m_view->currentIndex()).row());
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

bool HardwarePage::isUserPlatform(const std::string& platformId) const
{
    // The loader marks the user's own rows with the source "user" (db::SourceInfo).
    const auto it = m_catalog.platformProvenance.find(platformId);
    return it != m_catalog.platformProvenance.end()
        && it->second.source.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
}

void HardwarePage::updateActions()
{
    const std::string id = selectedPlatformId();
    const bool writable = m_store != nullptr;
    const QString noStore = tr("Your own catalog could not be opened, so nothing can be saved.");
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && !id.empty());
    m_editPrice->setEnabled(writable && !id.empty());
    m_remove->setEnabled(writable && isUserPlatform(id));
    m_detect->setEnabled(writable && m_machineStore != nullptr);
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
    const db::ThisComputer machine = db::describeThisComputer(host.value(), m_catalog.platforms);
    core::Platform proposal = machine.platform;
    proposal.name = ThisComputerText::machineName(machine).toStdString();
    if (const core::Platform* saved = m_catalog.platform(proposal.id)) {
        proposal.priceUsd = saved->priceUsd; // detecting again keeps the price the user entered
    }
    SaveAsMyMachine saver(*m_machineStore, *m_store);
    PlatformEditorDialog dialog(saver, PlatformEditorDialog::Mode::Platform, proposal, &m_catalog, this);
    dialog.setDetected(ThisComputerText::explanation(machine, host.value()));
    if (dialog.exec() == QDialog::Accepted) {
        m_pendingSelection = dialog.saved() ? dialog.saved()->id : std::string();
        emit catalogEdited();
    }
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
    if (!m_store || !platform || !isUserPlatform(platform->id)) {
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
