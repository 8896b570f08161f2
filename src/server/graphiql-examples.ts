/**
 * What GraphiQL opens with: one document of named operations for the main flows, so a newcomer
 * can press Run and pick one. Fields other engineers have not landed yet are left out; see
 * examples/ for the documents the typed client is generated from.
 */
export const graphiqlExamples = /* GraphQL */ `# Welcome to the Crisp GraphQL gateway.
# Pick an operation with the Run button. Without CRISP_IDENTIFIER the gateway serves sandbox data.

query Websites {
  websites {
    id
    name
    domain
  }
}
`;
