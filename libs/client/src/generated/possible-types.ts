
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Record": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "Warrant"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Record": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "Warrant"
    ]
  }
};
      export default result;
    