global using Halsoportal.Search.Documents;
global using Halsoportal.Search.Indexing;
global using Halsoportal.Search.Querying;
global using Halsoportal.Search.Synonyms;
