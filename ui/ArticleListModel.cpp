// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleListModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <map>

namespace localrig::ui {

namespace {

// internalId of a category row; an article row stores its group's index + 1.
constexpr quintptr kCategoryId = 0;

} // namespace

ArticleListModel::ArticleListModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QString ArticleListModel::categoryName(const QString& category)
{
    if (category == u"shifts") {
        return tr("Three shifts");
    }
    if (category == u"mistakes") {
        return tr("Buying mistakes");
    }
    if (category == u"tiers") {
        return tr("Tiers");
    }
    if (category == u"platforms") {
        return tr("Platforms");
    }
    if (category == u"reference") {
        return tr("Reference");
    }
    if (category == u"faq") {
        return tr("Questions and answers");
    }
    if (category.isEmpty()) {
        return tr("Other");
    }
    return category.at(0).toUpper() + category.mid(1).replace(u'-', u' ');
}

void ArticleListModel::setArticles(const std::vector<ArticleInfo>& articles, const QStringList& searchTexts)
{
    // A category sits where its first article would.
    std::map<QString, int> categoryRank;
    for (const ArticleInfo& article : articles) {
        auto [it, inserted] = categoryRank.try_emplace(article.category, article.order);
        if (!inserted) {
            it->second = std::min(it->second, article.order);
        }
    }
    std::vector<int> sorted(articles.size());
    for (size_t i = 0; i < sorted.size(); ++i) {
        sorted[i] = static_cast<int>(i);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [&](int l, int r) {
        const ArticleInfo& a = articles[static_cast<size_t>(l)];
        const ArticleInfo& b = articles[static_cast<size_t>(r)];
        const int rankA = categoryRank[a.category];
        const int rankB = categoryRank[b.category];
        if (rankA != rankB) {
            return rankA < rankB;
        }
        if (a.category != b.category) {
            return a.category < b.category;
        }
        if (a.order != b.order) {
            return a.order < b.order;
        }
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_articles.clear();
    m_searchTexts.clear();
    for (int i : sorted) {
        m_articles.push_back(articles[static_cast<size_t>(i)]);
        m_searchTexts.append(i < searchTexts.size() ? searchTexts.at(i) : articles[static_cast<size_t>(i)].markdown);
    }
    m_hits.assign(m_articles.size(), 0);
    for (size_t i = 0; i < m_articles.size(); ++i) {
        m_hits[i] = m_search.hitCount(m_searchTexts.at(static_cast<qsizetype>(i)));
    }
    rebuildGroups();
    endResetModel();
}

void ArticleListModel::setSearch(const ArticleSearch& search)
{
    beginResetModel();
    m_search = search;
    for (size_t i = 0; i < m_articles.size(); ++i) {
        m_hits[i] = m_search.hitCount(m_searchTexts.at(static_cast<qsizetype>(i)));
    }
    rebuildGroups();
    endResetModel();
}

void ArticleListModel::rebuildGroups()
{
    m_groups.clear();
    for (size_t i = 0; i < m_articles.size(); ++i) {
        if (!m_search.isEmpty() && m_hits[i] == 0) {
            continue;
        }
        if (m_groups.empty() || m_groups.back().category != m_articles[i].category) {
            m_groups.push_back({m_articles[i].category, {}});
        }
        m_groups.back().articles.push_back(static_cast<int>(i));
    }
}

int ArticleListModel::articleIndex(const QString& slug) const
{
    const auto it = std::find_if(m_articles.begin(), m_articles.end(),
                                 [&](const ArticleInfo& article) { return article.slug == slug; });
    return it == m_articles.end() ? -1 : static_cast<int>(it - m_articles.begin());
}

const ArticleInfo* ArticleListModel::article(const QString& slug) const
{
    const int i = articleIndex(slug);
    return i < 0 ? nullptr : &m_articles[static_cast<size_t>(i)];
}

QString ArticleListModel::searchText(const QString& slug) const
{
    const int i = articleIndex(slug);
    return i < 0 ? QString() : m_searchTexts.at(i);
}

int ArticleListModel::hitCount(const QString& slug) const
{
    const int i = articleIndex(slug);
    return i < 0 ? 0 : m_hits[static_cast<size_t>(i)];
}

QStringList ArticleListModel::visibleSlugs() const
{
    QStringList slugs;
    for (const Group& group : m_groups) {
        for (int i : group.articles) {
            slugs.append(m_articles[static_cast<size_t>(i)].slug);
        }
    }
    return slugs;
}

int ArticleListModel::totalHits() const
{
    int total = 0;
    for (int hits : m_hits) {
        total += hits;
    }
    return total;
}

QModelIndex ArticleListModel::indexOf(const QString& slug) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<int>& rows = m_groups[g].articles;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (m_articles[static_cast<size_t>(rows[r])].slug == slug) {
                return createIndex(static_cast<int>(r), 0, static_cast<quintptr>(g + 1));
            }
        }
    }
    return {};
}

QModelIndex ArticleListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kCategoryId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ArticleListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCategoryId);
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != kCategoryId) {
        return 0;
    }
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].articles.size());
}

int ArticleListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    if (index.internalId() == kCategoryId) {
        return categoryData(m_groups[static_cast<size_t>(index.row())], index.column(), role);
    }
    const Group& group = m_groups[static_cast<size_t>(index.internalId() - 1)];
    return articleData(group.articles[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant ArticleListModel::categoryData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == Title ? categoryName(group.category) : QVariant();
    case Qt::FontRole: {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        // Headings are not selectable (so the keyboard skips them) but must not look greyed out.
        return QGuiApplication::palette().brush(QPalette::Active, QPalette::WindowText);
    case IsCategoryRole:
        return true;
    default:
        return {};
    }
}

QVariant ArticleListModel::articleData(int article, int column, int role) const
{
    const ArticleInfo& info = m_articles[static_cast<size_t>(article)];
    const int hits = m_hits[static_cast<size_t>(article)];
    switch (role) {
    case Qt::DisplayRole:
        if (column == Title) {
            return info.title;
        }
        return m_search.isEmpty() ? QVariant() : QVariant(QLocale().toString(hits));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (column == Hits && !m_search.isEmpty()) {
            return tr("%n hit(s) in this article", nullptr, hits);
        }
        return info.title;
    case Qt::TextAlignmentRole:
        return column == Hits ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SlugRole:
        return info.slug;
    case HitCountRole:
        return hits;
    case IsCategoryRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == kCategoryId) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Title ? tr("Article") : section == Hits ? tr("Hits") : QVariant();
}

} // namespace localrig::ui
