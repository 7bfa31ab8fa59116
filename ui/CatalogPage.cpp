// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogPage.h"

#include "CatalogFilterProxy.h"
#include "CatalogTableView.h"
#include "Wording.h"
#include "core/Units.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <array>

namespace localrig::ui {

namespace {

constexpr std::array kContexts{4096, 8192, 16384, 32768, 65536, 131072, 262144};
constexpr int kDefaultContext = 8192;

} // namespace

CatalogPage::CatalogPage(const QString& objectName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_tablePane = new QWidget(this);
    m_actions = new QHBoxLayout;
}

CatalogPage::~CatalogPage()
{
    // The children go after the page that handled their signals: nothing they emit on the way out may
    // reach showCurrent() of a page that is no longer there.
    if (m_view) {
        m_view->selectionModel()->disconnect(this);
    }
    if (m_proxy) {
        m_proxy->disconnect(this);
    }
}

void CatalogPage::addFocus(QWidget* widget)
{
    m_focusOrder.push_back(widget);
}

QLineEdit* CatalogPage::addSearch(QBoxLayout* row, const QString& label, const QString& objectName,
                                  const QString& placeholder)
{
    auto* search = new QLineEdit(this);
    search->setObjectName(objectName);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(search);
    row->addWidget(buddy);
    row->addWidget(search, 1);
    addFocus(search);
    return search;
}

QComboBox* CatalogPage::addChoice(QBoxLayout* row, const QString& label, const QString& objectName)
{
    auto* choice = new QComboBox(this);
    choice->setObjectName(objectName);
    choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(choice);
    row->addWidget(buddy);
    row->addWidget(choice);
    addFocus(choice);
    return choice;
}

QComboBox* CatalogPage::addContextChoice(QBoxLayout* row, const QString& label, const QString& objectName,
                                         const QString& toolTip)
{
    m_context = addChoice(row, label, objectName);
    m_context->setToolTip(toolTip);
    for (const int tokens : kContexts) {
        m_context->addItem(Wording::contextTokens(tokens), tokens);
    }
    m_context->setCurrentIndex(m_context->findData(kDefaultContext));
    connect(m_context, &QComboBox::currentIndexChanged, this, &CatalogPage::applyScenario);
    return m_context;
}

QComboBox* CatalogPage::addMemoryChoice(QBoxLayout* row, const QString& label, const QString& objectName,
                                        const QString& any, std::span<const int> gibSizes)
{
    QComboBox* choice = addChoice(row, label, objectName);
    choice->addItem(any);
    for (const int gib : gibSizes) {
        choice->addItem(Wording::gigabytes(core::gibToBytes(gib)), gib);
    }
    return choice;
}

CatalogTableView* CatalogPage::setTable(QAbstractItemModel* source, CatalogFilterProxy* proxy,
                                        const QString& objectName, int sortColumn)
{
    m_proxy = proxy;
    m_proxy->setSourceModel(source);
    m_view = new CatalogTableView(objectName, m_tablePane);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    addFocus(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogPage::showCurrent);
    return m_view;
}

QPushButton* CatalogPage::addAction(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, m_tablePane);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_actions->addWidget(button);
    addFocus(button);
    return button;
}

void CatalogPage::addActionStretch()
{
    m_actions->addStretch(1);
}

void CatalogPage::assemble(QLayout* filters, QWidget* details)
{
    auto* tableLayout = new QVBoxLayout(m_tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(m_actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tablePane);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    for (std::size_t i = 1; i < m_focusOrder.size(); ++i) {
        setTabOrder(m_focusOrder[i - 1], m_focusOrder[i]);
    }
}

void CatalogPage::setBaseScenario(const core::Scenario& scenario)
{
    m_base = scenario;
    applyScenario();
}

core::Scenario CatalogPage::scenario() const
{
    core::Scenario scenario = m_base;
    if (m_context) {
        scenario.contextTokens = m_context->currentData().toInt();
    }
    return scenario;
}

int CatalogPage::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void CatalogPage::selectSourceRow(int sourceRow)
{
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    showCurrent();
}

void CatalogPage::refillChoice(QComboBox* choice, const QString& all,
                               const std::vector<std::pair<QString, QString>>& items)
{
    const QString current = choice->currentData().toString();
    const QSignalBlocker blocker(choice);
    choice->clear();
    choice->addItem(all);
    for (const auto& [text, key] : items) {
        choice->addItem(text, key);
    }
    const int index = current.isEmpty() ? -1 : choice->findData(current);
    choice->setCurrentIndex(index > 0 ? index : 0);
}

std::optional<double> CatalogPage::chosenGiB(const QComboBox* choice)
{
    const QVariant gib = choice->currentData();
    return gib.isValid() ? std::optional<double>(gib.toDouble()) : std::nullopt;
}

bool CatalogPage::isUserEntry(const std::map<std::string, Provenance>& provenance, const std::string& id)
{
    const auto it = provenance.find(id);
    return it != provenance.end() && it->second.source.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
}

} // namespace localrig::ui
