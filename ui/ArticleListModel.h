// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleSearch.h"
#include "CatalogData.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

namespace localrig::ui {

// The guide's table of contents: categories as headings (in the order of their first article), articles
// beneath them by `order`. A search keeps only the articles containing every word and counts their hits.
// The filter lives here rather than in a proxy because the hit count is the model's own data.
class ArticleListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { Title, Hits, ColumnCount };
    enum Role { SlugRole = Qt::UserRole + 1, HitCountRole, IsCategoryRole };

    explicit ArticleListModel(QObject* parent = nullptr);

    // searchTexts[i] is what a search looks through for articles[i]: the text the reader sees.
    void setArticles(const std::vector<ArticleInfo>& articles, const QStringList& searchTexts);
    void setSearch(const ArticleSearch& search);
    const ArticleSearch& search() const { return m_search; }

    const ArticleInfo* article(const QString& slug) const;
    QString searchText(const QString& slug) const;
    int hitCount(const QString& slug) const; // 0 when no search is active or the article does not match
    QStringList visibleSlugs() const; // in the order shown
    int totalHits() const;
    QModelIndex indexOf(const QString& slug) const;

    static QString categoryName(const QString& category);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString category;
        std::vector<int> articles; // indexes into m_articles
    };

    void rebuildGroups();
    int articleIndex(const QString& slug) const;
    QVariant categoryData(const Group& group, int column, int role) const;
    QVariant articleData(int article, int column, int role) const;

    std::vector<ArticleInfo> m_articles; // sorted by category rank, order, title
    QStringList m_searchTexts;
    std::vector<int> m_hits; // per article
    std::vector<Group> m_groups; // what is shown
    ArticleSearch m_search;
};

} // namespace localrig::ui
