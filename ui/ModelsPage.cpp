// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelsPage.h"

#include "ModelCatalogModel.h"
#include "ModelDetailsPanel.h"
#include "ModelFilterProxy.h"
#include "ModelImportDialog.h"
#include "UserModelStore.h"
#include "Wording.h"
#include "core/Units.h"
#include "core/gguf/ModelFileInspector.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
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
constexpr std::array kMemorySizes{8, 16, 24, 32, 36, 48, 64, 96, 128, 192, 256, 512};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ModelsPage::ModelsPage(const CatalogData& catalog, const ModelDisplayInfoMap& info, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("modelsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("modelSearchLineEdit"));
    m_search->setPlaceholderText(tr("Name, family or developer"));
    m_search->setClearButtonEnabled(true);
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("modelFamilyComboBox"));
    m_family->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fitsIn = new QComboBox(this);
    m_fitsIn->setObjectName(QStringLiteral("modelFitsInComboBox"));
    m_fitsIn->setToolTip(tr("Keep the models whose footprint stays under the headroom line of a unified-memory "
                            "machine of this size, at the context chosen here."));
    m_fitsIn->addItem(tr("Any size"));
    for (const int gib : kMemorySizes) {
        m_fitsIn->addItem(Wording::gigabytes(core::gibToBytes(gib)), gib);
    }
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("modelContextComboBox"));
    m_context->setToolTip(tr("Tokens held in the KV cache: sets the KV-cache share of every footprint."));
    for (const int tokens : kContexts) {
        m_context->addItem(Wording::contextTokens(tokens), tokens);
    }
    m_context->setCurrentIndex(m_context->findData(kDefaultContext));

    auto* filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&Search:"), m_search, this));
    filters->addWidget(m_search, 1);
    filters->addWidget(buddyLabel(tr("Fami&ly:"), m_family, this));
    filters->addWidget(m_family);
    filters->addWidget(buddyLabel(tr("Fits comfortably &in:"), m_fitsIn, this));
    filters->addWidget(m_fitsIn);
    filters->addWidget(buddyLabel(tr("&Context:"), m_context, this));
    filters->addWidget(m_context);

    m_model = new ModelCatalogModel(this);
    m_proxy = new ModelFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("modelsTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ModelCatalogModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 6);
    // Names and figures at full width; the developer, the longest free text, gives way and elides.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ModelCatalogModel::Developer, QHeaderView::Stretch);

    auto* tablePane = new QWidget(this);
    m_add = new QPushButton(tr("&Add Model from GGUF File…"), tablePane);
    m_add->setObjectName(QStringLiteral("addModelPushButton"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Reads a .gguf file's header (or a Hugging Face config.json) and adds the model to your "
                         "catalog, sized exactly like the file."));
    m_remove = new QPushButton(tr("&Delete…"), tablePane);
    m_remove->setObjectName(QStringLiteral("removeModelPushButton"));
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Deletes a model you added; shipped models cannot be deleted."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(actions);

    m_details = new ModelDetailsPanel(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_family);
    setTabOrder(m_family, m_fitsIn);
    setTabOrder(m_fitsIn, m_context);
    setTabOrder(m_context, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ModelFilterProxy::setSearchText);
    connect(m_family, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setFamily(index > 0 ? m_family->itemData(index).toString() : QString()); });
    connect(m_fitsIn, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant gib = m_fitsIn->itemData(index);
        m_proxy->setFitsInGiB(gib.isValid() ? std::optional<double>(gib.toDouble()) : std::nullopt);
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, &ModelsPage::applyScenario);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelsPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ModelsPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ModelsPage::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &ModelsPage::addModelFromFile);
    connect(m_remove, &QPushButton::clicked, this, &ModelsPage::removeModel);
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Add Model from GGUF File"), QString(),
            tr("GGUF files (*.gguf);;Hugging Face config (config.json);;All files (*)"));
    };

    setCatalog(catalog, info);
}

void ModelsPage::setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info)
{
    const std::string selected = m_pendingSelection.empty() ? m_details->modelId() : m_pendingSelection;
    m_pendingSelection.clear();
    m_catalog = catalog;
    m_info = info;
    m_model->setCatalog(m_catalog, m_info);
    m_details->setCatalog(&m_catalog, &m_info);
    fillFilters();
    applyScenario();
    selectModel(selected);
}

void ModelsPage::fillFilters()
{
    const QString current = m_family->currentData().toString();
    std::set<QString> families;
    for (const core::ModelSpec& model : m_catalog.models) {
        if (!model.family.empty()) {
            families.insert(QString::fromStdString(model.family));
        }
    }
    const QSignalBlocker blocker(m_family);
    m_family->clear();
    m_family->addItem(tr("All families"));
    for (const QString& family : families) {
        m_family->addItem(family, family);
    }
    const int index = m_family->findData(current);
    m_family->setCurrentIndex(index > 0 ? index : 0);
    m_proxy->setFamily(index > 0 ? current : QString());
}

void ModelsPage::setBaseScenario(const core::Scenario& scenario)
{
    m_base = scenario;
    applyScenario();
}

core::Scenario ModelsPage::scenario() const
{
    core::Scenario scenario = m_base;
    scenario.contextTokens = m_context->currentData().toInt();
    return scenario;
}

void ModelsPage::applyScenario()
{
    const core::Scenario current = scenario();
    m_model->setScenario(current);
    m_proxy->setScenario(current);
    m_details->setScenario(current);
}

void ModelsPage::selectModel(const std::string& modelId)
{
    const int sourceRow = m_model->rowOf(modelId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    showCurrent();
}

void ModelsPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const core::ModelSpec* model = m_model->modelAt(current.row());
    const std::string id = model ? model->id : std::string();
    if (id != m_details->modelId()) {
        m_details->setModel(id);
    }
    updateActions();
}

void ModelsPage::setModelStore(UserModelStore* store)
{
    m_store = store;
    updateActions();
}

void ModelsPage::setFileChooser(std::function<QString()> chooser)
{
    m_chooseFile = std::move(chooser);
}

bool ModelsPage::isUserModel(const std::string& modelId) const
{
    // The loader marks the user's own rows with the source "user" (db::SourceInfo).
    const auto it = m_catalog.modelProvenance.find(modelId);
    return it != m_catalog.modelProvenance.end()
        && it->second.source.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
}

void ModelsPage::updateActions()
{
    m_add->setEnabled(m_store != nullptr);
    m_remove->setEnabled(m_store != nullptr && isUserModel(m_details->modelId()));
}

void ModelsPage::addModelFromFile()
{
    if (!m_store) {
        return;
    }
    const QString path = m_chooseFile();
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = core::gguf::inspectModelFile(path.toStdString()); // the header, never the tensors
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Add Model from GGUF File"),
                             tr("%1 cannot be read as a model file, so nothing was added.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), QString::fromStdString(report.error().detail)));
        return;
    }
    ModelImportDialog dialog(report.value(), path, *m_store, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedModelId()) {
        m_pendingSelection = *dialog.savedModelId(); // for a catalog that is reloaded later
        selectModel(*dialog.savedModelId()); // a catalog reloaded while the dialog was open
    }
}

void ModelsPage::removeModel()
{
    const core::ModelSpec* model = m_catalog.model(m_details->modelId());
    if (!m_store || !model || !isUserModel(model->id)) {
        return;
    }
    const auto answer
        = QMessageBox::question(this, tr("Delete model"),
                                tr("Delete %1 from your catalog? Its file size and its Plan workload go with it.")
                                    .arg(QString::fromStdString(model->name)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (const Result<void> removed = m_store->removeModel(model->id); !removed) {
        QMessageBox::warning(this, tr("Could not delete"), Wording::error(removed.error()));
    }
}

} // namespace localrig::ui
