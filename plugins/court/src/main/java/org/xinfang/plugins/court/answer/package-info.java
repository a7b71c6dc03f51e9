/** 判后答疑: the questions a party puts to the court after judgment and the judges' answers, recorded with the matter. */
package org.xinfang.plugins.court.answer;
