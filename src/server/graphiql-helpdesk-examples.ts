/**
 * The help-center examples: a home page and an article page, as a help center built on Crisp's
 * Knowledge Base renders them. Like graphiql-examples.ts, codegen turns each into a typed document
 * in client/, and GraphiQL opens with them.
 */

export const HelpdeskArticleFields = /* GraphQL */ `
fragment HelpdeskArticleFields on HelpdeskArticle {
  id
  crispId
  title
}
`;

export const HelpCenterHome = /* GraphQL */ `
# A help center's home page: each language, its categories, their sections and article titles.
# It costs four Crisp calls on the sandbox: the helpdesk, its locales, one tree per locale.
# Variables (optional): { "websiteId": "…" }
query HelpCenterHome($websiteId: ID) {
  website(id: $websiteId) {
    id
    helpdesk {
      name
      url
      locales {
        edges {
          node {
            id
            crispId
            url
            categories {
              edges {
                node {
                  id
                  crispId
                  title
                  sections {
                    edges {
                      node {
                        id
                        crispId
                        title
                        articles {
                          edges {
                            node {
                              ...HelpdeskArticleFields
                            }
                          }
                        }
                      }
                    }
                  }
                  articles {
                    edges {
                      node {
                        ...HelpdeskArticleFields
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;

export const HelpCenterArticle = /* GraphQL */ `
# One article page: its body, description, address, and where it sits.
# Variables: { "articleId": "HelpdeskArticle:…" } (an id from HelpCenterHome)
query HelpCenterArticle($articleId: ID!) {
  node(id: $articleId) {
    id
    # Fields, not a fragment spread: Relay reads a spread under node(id:) as a Node's.
    ... on HelpdeskArticle {
      crispId
      title
      content
      metadata {
        description
      }
      page {
        url
      }
      locale {
        id
        crispId
      }
      category {
        id
        title
      }
      section {
        id
        title
      }
    }
  }
}
`;

/** In the order GraphiQL lists them. */
export const operations = [HelpCenterHome, HelpCenterArticle];
export const fragments = [HelpdeskArticleFields];
