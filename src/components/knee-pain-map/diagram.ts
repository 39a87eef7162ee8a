/**
 * The knee illustrations, drawn once per view with the inner side on the
 * right (see geometry.ts). Decorative: the regions over them carry the names.
 */
import { svg } from 'lit';

export const frontKnee = svg`
  <path class="skin" d="M58 0C60 60 64 110 60 150C58 172 64 190 72 205C78 240 80 280 84 320H156C158 280 164 240 170 212C182 192 186 170 184 148C182 110 178 60 180 0Z"/>
  <path class="muscle" d="M70 14C63 60 64 102 80 126C88 100 90 58 86 14Z"/>
  <path class="muscle" d="M150 34C178 66 184 110 168 130C156 120 148 100 145 78C144 60 146 46 150 34Z"/>
  <path class="tendon" d="M102 56C108 80 110 100 104 116H136C130 100 132 80 138 56Z"/>
  <path class="muscle soft" d="M166 214C174 240 170 272 160 304C156 276 158 244 160 214Z"/>
  <ellipse class="bone" cx="71" cy="203" rx="7" ry="6"/>
  <path class="line" d="M63 181C78 185 92 187 106 185M134 185C150 187 166 185 182 179"/>
  <path class="tendon" d="M109 160H131L128 203H112Z"/>
  <ellipse class="bone" cx="120" cy="209" rx="13" ry="7"/>
  <path class="line" d="M120 218C121 250 122 290 122 320"/>
  <path class="bone kneecap" d="M97 121C97 106 143 106 143 121C145 141 134 161 120 165C106 161 95 141 97 121Z"/>
`;

export const backKnee = svg`
  <path class="skin" d="M60 0C62 60 62 120 62 160C62 190 66 210 70 240C74 270 80 300 84 320H156C160 300 166 270 170 240C174 210 178 190 178 160C178 120 178 60 180 0Z"/>
  <path class="muscle" d="M68 8C70 70 80 120 94 152L102 149C95 110 90 60 92 8Z"/>
  <path class="muscle" d="M172 8C170 70 160 120 146 152L138 149C145 110 150 60 148 8Z"/>
  <path class="tendon" d="M94 152L100 149 104 168 98 170ZM146 152L140 149 136 168 142 170Z"/>
  <path class="line" d="M96 177C110 183 130 183 144 177"/>
  <path class="muscle" d="M98 188C80 212 78 252 96 292C108 272 114 230 117 192Z"/>
  <path class="muscle" d="M142 188C162 212 164 254 146 294C134 272 127 230 123 192Z"/>
  <path class="line" d="M120 196C120 240 120 280 120 320"/>
`;
